"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/shared/action-result";
import { revokeShareLinkAction } from "@/server/sharing/actions";
import { useActionOutcome } from "./use-action-outcome";

/** Revoking in two steps, as deleting is: a link a mentor relies on never stops working on a stray click. */
export function RevokeShareLinkButton({ linkId, name }: { linkId: string; name: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ linkId: string }> | null, FormData>(revokeShareLinkAction, null);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const triggerButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useActionOutcome(state);

  // Focus follows the step: onto "Yes, revoke" when asked, back to "Revoke…" when kept.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) triggerButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="linkId" value={linkId} />
      {confirming ? (
        <div className="flex flex-wrap items-center justify-end gap-2">
          <span className="text-sm">The link stops working for whoever has it.</span>
          <Button ref={confirmButton} type="submit" variant="danger" disabled={pending} aria-label={`Yes, revoke ${name}`}>
            {pending ? "Revoking…" : "Yes, revoke"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)} aria-label={`Keep ${name}`}>
            Keep it
          </Button>
        </div>
      ) : (
        <Button ref={triggerButton} type="button" variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
          Revoke…
        </Button>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
