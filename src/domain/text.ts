import "./zod-config";
import { z } from "zod";

/**
 * The one place where free text from users is cleaned and capped (readings.md, "Control characters"):
 * C0 controls and DEL are stripped, except newline and tab in multi-line fields; CR and CRLF become LF;
 * single-line fields lose their newlines too. Kept small so it can be unified with the hardening work.
 */
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const CONTROL_ALL = /[\u0000-\u001F\u007F]/g;

export function cleanMultiLine(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_TAB_LF, "");
}

export function cleanSingleLine(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(CONTROL_ALL, "");
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

/** An optional link field: empty, or an http(s) URL. */
export function webLinkField(label: string) {
  return singleLineText(label, 2_000).refine((value) => value === "" || isWebLink(value), {
    error: `${label} must start with http:// or https://`,
  });
}
