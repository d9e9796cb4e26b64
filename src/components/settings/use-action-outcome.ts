import { useRouter } from "next/navigation";
import { type RefObject, useEffect } from "react";
import { announceAccountChange } from "@/components/account/use-me";
import type { ActionResult } from "@/shared/action-result";

/**
 * After a successful action: refresh the server-rendered parts of the page (lists), ask the header island
 * again (a new name) and,
 * if asked, clear the form (passwords must not stay in the fields).
 */
export function useActionOutcome(state: ActionResult<unknown> | null, options: { reset?: RefObject<HTMLFormElement | null> } = {}) {
  const router = useRouter();
  const { reset } = options;
  useEffect(() => {
    if (!state?.ok) return;
    reset?.current?.reset();
    router.refresh();
    announceAccountChange();
  }, [state, router, reset]);
}

export function fieldErrorsIn(state: ActionResult<unknown> | null): Record<string, string[]> {
  return state && !state.ok ? state.fieldErrors : {};
}
