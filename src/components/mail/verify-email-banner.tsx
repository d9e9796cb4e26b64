"use client";

import { useCurrentMe } from "@/components/account/use-me";
import { ResendVerificationForm } from "./resend-verification-form";

/** A gentle reminder, on every page, until the signed-in user's address is confirmed. The app works meanwhile. */
export function VerifyEmailBanner() {
  const email = useCurrentMe()?.unconfirmedEmail;
  if (!email) return null;
  return (
    <section aria-label="Confirm your email" className="border-b border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm text-amber-950 sm:px-6 dark:text-amber-100">
        <p>
          Please confirm your email address: we sent a link to <strong>{email}</strong>. It lets you get back in if you forget your
          password.
        </p>
        <ResendVerificationForm />
      </div>
    </section>
  );
}
