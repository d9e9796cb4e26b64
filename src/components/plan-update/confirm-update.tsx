"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { PATH_INFO, type TransitionPath } from "@/domain/assessment";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { applyPlanUpdateAction } from "@/server/plan/actions";

interface ConfirmUpdateProps {
  assessmentId: string;
  path: TransitionPath;
  /** False when the plan already follows this path and nothing would change. */
  canApply: boolean;
}

const FAILED = "We couldn't update your plan just now. Check your connection and try again.";

/**
 * The confirm button. The server recomputes the merge, so a plan changed in another tab since this page
 * loaded is merged as it is now. On success the page is refreshed in place (this component stays
 * mounted, so its message survives) and focus moves to the message.
 */
export function ConfirmUpdate({ assessmentId, path, canApply }: ConfirmUpdateProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const label = PATH_INFO[path].label;

  function confirm() {
    startTransition(async () => {
      const result = await applyPlanUpdateAction({ assessmentId, path }).catch(() => null);
      if (result?.ok) {
        setOutcome({ ok: true, text: `Your plan now follows ${label}. ${result.data.description}` });
        router.refresh();
      } else {
        setOutcome({ ok: false, text: result?.message ?? FAILED });
      }
      requestAnimationFrame(() => outcomeRef.current?.focus());
    });
  }

  const updated = outcome?.ok === true;
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
      <div ref={outcomeRef} tabIndex={-1} className="outline-none empty:hidden">
        <FormAlert message={outcome?.text} tone={outcome?.ok ? "success" : "error"} />
      </div>
      {!updated && !canApply && (
        <p className="text-slate-700 dark:text-slate-300">
          Nothing to change: your plan already follows {label} and matches this assessment.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {canApply && !updated && (
          <Button onClick={confirm} disabled={pending} className="px-5 py-2.5 text-base">
            {pending ? "Updating your plan…" : "Update my plan"}
          </Button>
        )}
        <Link
          href="/dashboard"
          className={
            updated
              ? "font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300"
              : "text-sm font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300"
          }
        >
          {updated ? "Go to your plan" : canApply ? "Cancel and keep my plan as it is" : "Back to your plan"}
        </Link>
      </div>
    </div>
  );
}
