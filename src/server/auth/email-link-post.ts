import "server-only";
import { emailTokenSchema } from "@/domain/mail/schemas";
import { readBodyWithLimit } from "@/server/api/json-body";

/** A form with one 43-character token needs far less; anything larger is not that form. */
const MAX_FORM_BYTES = 1024;

/** The token of a button page's form (application/x-www-form-urlencoded), or null. */
export async function postedEmailToken(request: Request): Promise<string | null> {
  const read = await readBodyWithLimit(request, MAX_FORM_BYTES);
  if (!read.ok) return null;
  const parsed = emailTokenSchema.safeParse(new URLSearchParams(read.text).get("token"));
  return parsed.success ? parsed.data : null;
}

/**
 * 303: the browser follows with a GET of the page. The Location is relative, so no Host header is involved;
 * no-referrer keeps the token of the page the form was on out of the next request.
 */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}
