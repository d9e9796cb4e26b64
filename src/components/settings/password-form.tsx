"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { changePasswordAction } from "@/server/account/actions";
import { fieldErrorsIn } from "./use-action-outcome";

/** `notice`: the success message, shown after the action's redirect back here (see changePassword). */
export function PasswordForm({ notice }: { notice: string | null }) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(changePasswordAction, null);
  const errors = fieldErrorsIn(state);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      aria-label="Change password"
      className="flex max-w-xl flex-col gap-4"
      noValidate
    >
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state ? null : notice} />
      <TextField
        name="currentPassword"
        id="password-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        id="password-new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="12 to 128 characters. A few unrelated words make a strong, memorable password."
        required
        errors={errors.newPassword}
      />
      <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input type="checkbox" name="revokeShareLinks" id="password-revoke-links" className="h-4 w-4 accent-indigo-700" />
        Also revoke all my share links
      </label>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
