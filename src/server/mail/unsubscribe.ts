// Signed unsubscribe links: they work without signing in, for one user and one kind of email, and cannot
// be forged or pointed at another user without AUTH_SECRET.
import { createHmac, timingSafeEqual } from "node:crypto";
import { OPTIONAL_MAIL_KINDS, type OptionalMailKind } from "@/domain/mail/schemas";
import { env } from "@/server/env";

// Production requires AUTH_SECRET (src/server/env.ts); development and tests without one still get stable links.
const DEVELOPMENT_SECRET = "pm-pathfinder-development-unsubscribe-secret";

function sign(payload: string): string {
  return createHmac("sha256", env().AUTH_SECRET ?? DEVELOPMENT_SECRET)
    .update(`unsubscribe:${payload}`)
    .digest("base64url");
}

export function unsubscribeToken(userId: string, kind: OptionalMailKind): string {
  const payload = Buffer.from(`${userId}:${kind}`).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; kind: OptionalMailKind } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 300) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, kind] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!userId || !OPTIONAL_MAIL_KINDS.includes(kind as OptionalMailKind)) return null;
  return { userId, kind: kind as OptionalMailKind };
}

/** The headers that let a mail client offer its own one-click unsubscribe button (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
