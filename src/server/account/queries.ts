import "server-only";
import { db } from "@/server/db";

export interface Profile {
  name: string;
  email: string;
  createdAt: Date;
}

/** The signed-in user's own profile; null if the account has just been deleted. */
export async function findProfile(userId: string): Promise<Profile | null> {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, createdAt: true } });
}

export interface SignInView {
  id: string;
  createdAt: Date;
  /** Already coarse when stored ("Firefox on Windows"). */
  userAgent: string;
}

/** The newest successful sign-ins, for "is this you?" in settings. */
export async function listRecentSignIns(userId: string, limit = 10): Promise<SignInView[]> {
  return db.signInEvent.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, userAgent: true },
  });
}

/** The user's address while it is still unconfirmed; null once confirmed (or for a missing user). */
export async function findUnconfirmedEmail(userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return row && !row.emailVerifiedAt ? row.email : null;
}
