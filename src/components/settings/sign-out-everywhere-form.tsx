"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/server/action-result";
import { signOutEverywhereAction } from "@/server/account/actions";

/** Ends every session of the account, this one included; the action redirects to the landing page. */
export function SignOutEverywhereForm() {
  const [state, formAction, pending] = useActionState<ActionResult<void> | null, FormData>(signOutEverywhereAction, null);
  return (
    <form action={formAction} aria-label="Sign out everywhere" className="flex flex-col items-start gap-3">
      <FormAlert message={state && !state.ok ? state.message : null} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Lost a device, or signed in on a shared computer? This signs you out on every device, this one included.
      </p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </form>
  );
}
