import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/domain/account/schemas";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackPath(callbackUrl));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">Welcome back. Pick up your plan where you left it.</p>
      <SignInForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
    </div>
  );
}
