/**
 * Text that ends up in a mail header (subject, display name) must stay on one line: a CR or LF there would
 * start a header of the attacker's choosing. Every control character goes, runs of spaces collapse.
 */
export function singleLine(text: string, maxLength = 200): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

/** The first http(s) links of a message body, for the development console. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}
