import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/domain/account/schemas";
import { db } from "@/server/db";
import { appUrl, env } from "@/server/env";
import { clientIpOf, coarseUserAgent } from "@/server/request";
import { isDatabaseUnavailableError } from "@/server/unavailable";
import { guessKey, limiters } from "./limits";
import { verifyAgainstDummy, verifyPassword } from "./password";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string };
    /** The session could not be checked (the database is down); see getSessionUser. */
    unavailable?: boolean;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    /** The user's session version when this token was issued. */
    sv?: number;
    /** The UserSession row of this browser: sign-out revokes it on the server. */
    sid?: string;
    /** Set for this request only when the database could not be asked; cleared by the next good check. */
    unavailable?: boolean;
  }
}

/** Thrown from authorize when the account has too many recent failures; `code` carries the wait. */
export class AccountLockedSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

/** Exported for tests (tests/integration/sign-in-limits.test.ts); the app reaches it only through signIn(). */
export async function authorize(rawCredentials: unknown, request: Request) {
  const parsed = signInSchema.safeParse(rawCredentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  // Counted before the password is checked, in one atomic step: a parallel burst of guesses is counted
  // in full, and only the first few reach argon2. Keyed on account + address, so an attacker's guesses
  // slow the attacker down and never the owner signing in from their own address.
  const guesses = limiters().passwordGuesses;
  const key = guessKey(email, clientIpOf(request.headers));
  const decision = await guesses.consume(key);
  if (!decision.allowed) throw new AccountLockedSignIn(decision.retryAfterSeconds);

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) return null;
  await guesses.reset(key);
  await db.signInEvent.create({
    data: { userId: user.id, userAgent: coarseUserAgent(request.headers.get("user-agent")) },
  });
  // Settings show the newest few; older rows are kept up to a bound so repeated sign-ins can't grow the table.
  const older = await db.signInEvent.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: MAX_SIGN_IN_EVENTS,
    select: { id: true },
  });
  if (older.length > 0) await db.signInEvent.deleteMany({ where: { userId: user.id, id: { in: older.map((o) => o.id) } } });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Successful sign-ins kept per account (settings lists the newest 10). */
export const MAX_SIGN_IN_EVENTS = 100;

/** At most this many signed-in browsers per account: signing in on one more ends the oldest session. */
export const MAX_LIVE_SESSIONS = 50;

/**
 * A row per signed-in browser; its id goes into the token. Expired and revoked rows of the user are cleared,
 * and sessions beyond the newest MAX_LIVE_SESSIONS are ended, so repeated sign-ins can't grow the table.
 */
export async function startServerSession(userId: string, now = new Date()): Promise<string> {
  await db.userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] } });
  const row = await db.userSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  const older = await db.userSession.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: MAX_LIVE_SESSIONS,
    select: { id: true },
  });
  if (older.length > 0) await db.userSession.deleteMany({ where: { userId, id: { in: older.map((o) => o.id) } } });
  return row.id;
}

/**
 * The account behind a token, or null when the token no longer counts: its session was signed out or has
 * expired, or the user's session version moved on (sign out everywhere, password change). One query.
 */
export async function liveSessionUser(token: { uid?: string; sid?: string; sv?: number }, now = new Date()) {
  if (!token.uid || !token.sid) return null;
  const row = await db.userSession.findFirst({
    where: { id: token.sid, userId: token.uid, revokedAt: null, expiresAt: { gt: now } },
    select: { user: { select: { sessionVersion: true, name: true, email: true } } },
  });
  if (!row || row.user.sessionVersion !== token.sv) return null;
  return row.user;
}

/** Ends one session on the server: a copy of its token is refused from now on. */
export async function revokeServerSession(sessionId: string | undefined): Promise<void> {
  if (!sessionId) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

// Configured lazily: the secret is read (and required in production) on the first request, not while
// `next build` collects pages.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => {
  // Every absolute URL next-auth builds (redirects after sign-in and sign-out, its endpoints) comes from
  // APP_URL, never from the request's Host or X-Forwarded-Host: next-auth takes AUTH_URL from process.env
  // (the one setting this app writes there rather than reads) and rewrites each request's origin to it.
  // Auth.js refuses every request when `trustHost` is false, AUTH_URL or not, so it stays true: with
  // AUTH_URL set there is no request host left for it to trust.
  process.env.AUTH_URL = appUrl();
  return authConfig();
});

function authConfig(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
    events: {
      // A plain sign-out revokes this session's row, so a copied token stops working too.
      async signOut(message) {
        if ("token" in message) await revokeServerSession(message.token?.sid);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
          token.sid = await startServerSession(user.id);
          return token;
        }
        // Checked on every request: a revoked session or a bumped sessionVersion ends the session at once.
        // A database outage is not a sign-out: the token is kept as it is (next-auth would otherwise clear
        // the cookie on a thrown error) and the request is told the check could not be made.
        let current: Awaited<ReturnType<typeof liveSessionUser>>;
        try {
          current = await liveSessionUser(token);
        } catch (error) {
          if (!isDatabaseUnavailableError(error)) throw error;
          return { ...token, unavailable: true };
        }
        delete token.unavailable;
        if (!current) return null;
        token.name = current.name;
        token.email = current.email;
        return token;
      },
      session({ session, token }) {
        session.user = { ...session.user, id: token.uid ?? "", name: token.name ?? "", email: token.email ?? "" };
        if (token.unavailable) session.unavailable = true;
        return session;
      },
    },
  };
}
