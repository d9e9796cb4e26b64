"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/shared/action-result";
import { resendVerificationAction } from "@/server/auth/recovery-actions";

export function ResendVerificationForm() {
  const [state, formAction, pending] = useActionState<ActionResult<{ message: string }> | null, FormData>(resendVerificationAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending} className="py-1">
        {pending ? "Sending…" : "Send the link again"}
      </Button>
      <p role="status" className="font-medium">
        {state ? (state.ok ? state.data.message : state.message) : null}
      </p>
    </form>
  );
}
