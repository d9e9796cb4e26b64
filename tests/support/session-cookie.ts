// The one place tests and benchmarks mint a signed-in session without going through the sign-in form: a
// real server-side session row (tokens without one are refused) and the JWT next-auth would set for it.
// Relative imports so Playwright's loader needs no path aliases for this file.
import { encode } from "next-auth/jwt";
import type { Db } from "../../src/server/db";

/** The session cookie's name on plain http, which the test and bench servers run on. */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * A new session of `user` (as if signed in on another device), valid for a server started with `secret`:
 * the cookie's value.
 */
export async function mintSessionToken(
  db: Db,
  user: { id: string; name: string; email: string },
  secret: string,
  lifetimeMs = 24 * 60 * 60 * 1000,
): Promise<string> {
  const session = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + lifetimeMs) } });
  // The current version: an earlier "sign out everywhere" has moved it on.
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  return encode({
    salt: SESSION_COOKIE,
    secret,
    token: { sub: user.id, uid: user.id, sv: sessionVersion, sid: session.id, name: user.name, email: user.email },
  });
}
