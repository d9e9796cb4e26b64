"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/shared/action-result";
import { revokeShareLinkAction } from "@/server/sharing/actions";
import { useActionOutcome } from "./use-action-outcome";

export function RevokeShareLinkButton({ linkId, name }: { linkId: string; name: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ linkId: string }> | null, FormData>(revokeShareLinkAction, null);
  useActionOutcome(state);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="linkId" value={linkId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke ${name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
