"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { changeEmailAction } from "@/server/account/actions";
import { fieldErrorsIn, useActionOutcome } from "./use-action-outcome";

export function EmailForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(changeEmailAction, null);
  const form = useRef<HTMLFormElement>(null);
  useActionOutcome(state, { reset: form });
  const errors = fieldErrorsIn(state);
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      aria-label="Change email"
      className="flex max-w-xl flex-col gap-4"
      noValidate
    >
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state?.ok ? state.data.message : null} />
      {/* key: after a change, reset() must go back to the new address, not the one first rendered. */}
      <TextField
        key={email}
        name="email"
        id="profile-email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        required
        errors={errors.email}
      />
      <TextField
        name="currentPassword"
        id="email-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        hint="Needed to change your email address."
        required
        errors={errors.currentPassword}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Change email"}
        </Button>
      </div>
    </form>
  );
}
