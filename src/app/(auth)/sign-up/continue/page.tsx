import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpView } from "@/components/auth/auth-pages";
import { safeCallbackPath } from "@/domain/account/schemas";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create your account", robots: { index: false } };

/** /sign-up rendered per request (src/proxy.ts rewrites to it): keeps the callbackUrl, sends a signed-in user on. */
export default async function SignUpContinuePage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackPath(callbackUrl));
  return <SignUpView callbackUrl={typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined} />;
}
