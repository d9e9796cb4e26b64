/**
 * Free text as it is stored: no C0 control characters, so exports (JSON, Markdown, .ics) and terminals
 * can't be broken or spoofed by what a user typed. Multi-line fields (notes, details) keep newlines and
 * tabs, with CR and CRLF made LF; single-line fields (titles, names, labels) turn line breaks and tabs
 * into spaces. Used through zod's `.overwrite()` in the input schemas, before trimming and length checks.
 */

// C0 controls and DEL, except tab (\u0009) and line feed (\u000A).
const CONTROLS_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const LINE_BREAKS_AND_TABS = /[\r\n\t]+/g;

export function multiLineText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROLS_EXCEPT_TAB_AND_LF, "");
}

export function singleLineText(value: string): string {
  return value.replace(LINE_BREAKS_AND_TABS, " ").replace(CONTROLS_EXCEPT_TAB_AND_LF, "");
}
