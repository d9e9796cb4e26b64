"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { resetPasswordAction } from "@/server/auth/recovery-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state && !state.ok ? state.message : null} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="12 to 128 characters. A few unrelated words make a strong, memorable password."
        required
        errors={errors.newPassword ?? errors.token}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password and sign in"}
      </Button>
    </form>
  );
}
