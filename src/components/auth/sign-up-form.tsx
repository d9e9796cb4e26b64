"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useCallbackUrl } from "./use-callback-url";
import { signUpAction } from "@/server/auth/actions";
import type { ActionResult } from "@/shared/action-result";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";

export function SignUpForm({ callbackUrl: given }: { callbackUrl?: string }) {
  const callbackUrl = useCallbackUrl(given);
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state?.ok ? state.data.message : null} />
      <TextField name="name" label="Name" autoComplete="name" required errors={errors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="12 to 128 characters. A few unrelated words make a strong, memorable password."
        required
        errors={errors.password}
      />
      <CheckboxField
        name="weeklyDigest"
        label="Send me a weekly check-in"
        hint="Monday mornings: your progress, your next three steps and when to re-assess. Unsubscribe with one click."
      />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link
          href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
          className="font-medium text-brand-700 underline dark:text-brand-300"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
