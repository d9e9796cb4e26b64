import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackPath } from "@/domain/account/schemas";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackPath(callbackUrl));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Save your assessment, get a 90-day plan and track your progress week by week.
      </p>
      <SignUpForm callbackUrl={callbackUrl ? safeCallbackPath(callbackUrl) : undefined} />
    </div>
  );
}
