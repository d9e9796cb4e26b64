import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DatabaseUnavailableError } from "@/server/unavailable";
import { auth } from "./config";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/**
 * The signed-in user for this request, or null. Revoked sessions come back as null (see the jwt callback).
 * Throws DatabaseUnavailableError when the session could not be checked because the database is down: that
 * is not a sign-out, and the page answers 503 "try again" (scripts/serve.ts).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (session?.unavailable) throw new DatabaseUnavailableError();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name, email: user.email };
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
