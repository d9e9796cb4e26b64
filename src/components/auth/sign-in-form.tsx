"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useCallbackUrl } from "./use-callback-url";
import { signInAction } from "@/server/auth/actions";
import type { ActionResult } from "@/shared/action-result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";

export function SignInForm({ callbackUrl: given }: { callbackUrl?: string }) {
  const callbackUrl = useCallbackUrl(given);
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state && !state.ok ? state.message : null} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={errors.password} />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline dark:text-brand-300">
          Forgot password?
        </Link>
      </p>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New here?{" "}
        <Link
          href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="font-medium text-brand-700 underline dark:text-brand-300"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
