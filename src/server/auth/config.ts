import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/domain/account/schemas";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { coarseUserAgent } from "@/server/request";
import { limiters } from "./limits";
import { verifyAgainstDummy, verifyPassword } from "./password";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    /** The user's session version when this token was issued. */
    sv?: number;
  }
}

/** Thrown from authorize when the account has too many recent failures; `code` carries the wait. */
export class AccountLockedSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

async function authorize(rawCredentials: unknown, request: Request) {
  const parsed = signInSchema.safeParse(rawCredentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const lock = limiters.failedSignInsByAccount.check(email);
  if (!lock.allowed) throw new AccountLockedSignIn(lock.retryAfterSeconds);

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) {
    limiters.failedSignInsByAccount.record(email);
    return null;
  }
  limiters.failedSignInsByAccount.reset(email);
  await db.signInEvent.create({
    data: { userId: user.id, userAgent: coarseUserAgent(request.headers.get("user-agent")) },
  });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

// Configured lazily: the secret is read (and required in production) on the first request, not while
// `next build` collects pages.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        return token;
      }
      if (!token.uid) return null;
      // Checked on every request, so bumping sessionVersion ends every older session at once.
      const current = await db.user.findUnique({
        where: { id: token.uid },
        select: { sessionVersion: true, name: true, email: true },
      });
      if (!current || current.sessionVersion !== token.sv) return null;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid ?? "", name: token.name ?? "", email: token.email ?? "" };
      return session;
    },
  },
}));
