"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { changeNameAction } from "@/server/account/actions";
import { fieldErrorsIn, useActionOutcome } from "./use-action-outcome";

export function NameForm({ name }: { name: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(changeNameAction, null);
  useActionOutcome(state);
  const errors = fieldErrorsIn(state);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      aria-label="Change name"
      className="flex max-w-xl flex-col gap-4"
      noValidate
    >
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state?.ok ? state.data.message : null} />
      <TextField name="name" id="profile-name" label="Name" autoComplete="name" defaultValue={name} required errors={errors.name} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}
