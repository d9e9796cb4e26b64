"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { requestPasswordResetAction } from "@/server/auth/recovery-actions";

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(requestPasswordResetAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state?.ok ? state.data.message : null} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send me a reset link"}
      </Button>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
