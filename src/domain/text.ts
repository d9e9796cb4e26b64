import "./zod-config";
import { z } from "zod";

/**
 * The one place where free text from users is cleaned and capped, so exports (JSON, Markdown, .ics) and
 * terminals can't be broken or spoofed by what a user typed: C0 controls and DEL are stripped, except newline
 * and tab in multi-line fields (notes, details, stories), where CR and CRLF become LF; single-line fields
 * (titles, names, labels) turn line breaks and tabs into a space. Schemas use the cleaners through zod's
 * `.overwrite()` (before trimming and length checks), or the field factories below.
 */
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const LINE_BREAKS_AND_TABS = /[\r\n\t]+/g;

export function cleanMultiLine(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_TAB_LF, "");
}

export function cleanSingleLine(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, " ").replace(CONTROL_EXCEPT_TAB_LF, "");
}

/** A required or optional single-line text field, trimmed, cleaned and capped at `max` characters. */
export function singleLineText(label: string, max: number, options: { required?: boolean } = {}) {
  const base = z
    .string({ error: `${label} must be text` })
    .transform(cleanSingleLine)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { error: `Keep ${label.toLowerCase()} to ${max.toLocaleString("en")} characters or fewer` }),
    );
  if (!options.required) return base;
  return base.pipe(z.string().min(1, { error: `Enter ${label.toLowerCase()}` }));
}

/** A multi-line text field (notes, stories): newlines and tabs kept, capped at `max` characters. */
export function multiLineText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .transform(cleanMultiLine)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { error: `Keep ${label.toLowerCase()} to ${max.toLocaleString("en")} characters or fewer` }),
    );
}

/** True only for absolute http(s) URLs: anything else (javascript:, data:, relative) is shown as plain text. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A bare domain as people paste it ("acme.example/jobs/1") gets https:// in front; text with any scheme of its
 * own is left as typed, so javascript:, data: and the like are still refused by isWebLink.
 */
export function completeWebLink(text: string): string {
  if (text === "" || /^[a-z][a-z\d+.-]*:/i.test(text) || /\s/.test(text)) return text;
  const host = text.replace(/^\/\//, "").split(/[/?#]/)[0] ?? "";
  return /^[^.]+(\.[^.]+)+$/.test(host) ? `https://${text.replace(/^\/\//, "")}` : text;
}

/** An optional link field: empty, or an http(s) URL; a bare domain is completed to https://. */
export function webLinkField(label: string) {
  return singleLineText(label, 2_000)
    .transform(completeWebLink)
    .refine((value) => value === "" || isWebLink(value), {
      error: `${label} must be a web address starting with http:// or https://, such as https://example.com/jobs`,
    });
}

/** Titles and notes are the user's own text: keep them from turning into links, HTML or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, (char) => `\\${char}`);
}
