"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import type { ActionResult } from "@/shared/action-result";
import { updateMailSettingsAction } from "@/server/mail/actions";
import { useActionOutcome } from "./use-action-outcome";

export function MailSettingsForm({ weeklyDigest, reminders }: { weeklyDigest: boolean; reminders: boolean }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(updateMailSettingsAction, null);
  useActionOutcome(state);
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      aria-label="Email choices"
      className="flex max-w-xl flex-col gap-4"
      noValidate
    >
      <FormAlert message={state && !state.ok ? state.message : null} />
      <FormAlert tone="success" message={state?.ok ? state.data.message : null} />
      <CheckboxField
        name="weeklyDigest"
        id="mail-weekly-digest"
        label="Weekly check-in"
        hint="Monday at 08:00: your progress since last week, your next three steps and a nudge when it's time to re-assess."
        defaultChecked={weeklyDigest}
      />
      <CheckboxField
        name="reminders"
        id="mail-reminders"
        label="Reminders"
        hint="An email on the day you asked to be reminded about a plan step."
        defaultChecked={reminders}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save email choices"}
        </Button>
      </div>
    </form>
  );
}
