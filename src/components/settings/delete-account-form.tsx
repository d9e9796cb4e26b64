"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import { DELETE_CONFIRMATION } from "@/domain/account/schemas";
import type { ActionResult } from "@/shared/action-result";
import { deleteAccountAction } from "@/server/account/actions";
import { fieldErrorsIn } from "./use-action-outcome";

/** Deleting is final; the password and the typed phrase make sure it is meant. Success redirects home. */
export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState<ActionResult<void> | null, FormData>(deleteAccountAction, null);
  const errors = fieldErrorsIn(state);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      aria-label="Delete account"
      className="flex max-w-xl flex-col gap-4"
      noValidate
    >
      <FormAlert message={state && !state.ok ? state.message : null} />
      <p className="text-slate-700 dark:text-slate-300">
        This deletes your account, assessments, plans, notes and share links at once. It can&apos;t be undone: download your data first if
        you want to keep a copy.
      </p>
      <TextField
        name="currentPassword"
        id="delete-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <TextField
        name="confirmation"
        id="delete-confirmation"
        label={`Type "${DELETE_CONFIRMATION}" to confirm`}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={errors.confirmation}
      />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </Button>
      </div>
    </form>
  );
}
