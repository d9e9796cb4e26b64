"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/shared/action-result";
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
      <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input type="checkbox" name="revokeShareLinks" id="sign-out-everywhere-revoke-links" className="h-4 w-4 accent-indigo-700" />
        Also revoke all my share links
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </form>
  );
}
