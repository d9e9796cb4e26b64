import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInView } from "@/components/auth/auth-pages";
import { safeCallbackPath } from "@/domain/account/schemas";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** /sign-in rendered per request (src/proxy.ts rewrites to it): keeps the callbackUrl, sends a signed-in user on. */
export default async function SignInContinuePage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackPath(callbackUrl));
  return <SignInView callbackUrl={typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined} />;
}
