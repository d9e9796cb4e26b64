"use client";

import { useActionState } from "react";
import { PATH_INFO, type StoredPathResult, type TransitionPath } from "@/domain/assessment";
import { pathStanding } from "@/domain/assessment/scale";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/shared/action-result";
import { buildPlanFormAction } from "@/server/plan/actions";

interface PathChoiceFormProps {
  assessmentId: string;
  /** All three paths, best fit first (as stored with the assessment). */
  paths: readonly StoredPathResult[];
  recommended: TransitionPath;
  /** The plan the user follows today, if any: building a new one replaces it as the active plan. */
  activePlan: { pathLabel: string; startedOn: string } | null;
}

/**
 * Pick the path the plan follows (the recommendation is pre-selected), then build it. Plain radios and
 * a server action, so the choice and the submit work even before hydration.
 */
export function PathChoiceForm({ assessmentId, paths, recommended, activePlan }: PathChoiceFormProps) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(buildPlanFormAction, null);

  return (
    <form action={formAction} className="flex flex-col gap-6">
      <FormAlert message={state && !state.ok ? state.message : null} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby="path-choice-hint">
        <legend className="text-xl font-semibold">Which path should your plan follow?</legend>
        <p id="path-choice-hint" className="text-slate-700 dark:text-slate-300">
          Ranked by how well each fits you. The plan follows your choice.
        </p>
        {paths.map((option, index) => {
          const info = PATH_INFO[option.path];
          const id = `path-${option.path}`;
          const standing = pathStanding(option, index, false);
          return (
            <label
              key={option.path}
              htmlFor={id}
              className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-4 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-slate-700 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-900 dark:has-checked:ring-brand-300"
            >
              <input
                id={id}
                type="radio"
                name="path"
                value={option.path}
                defaultChecked={option.path === recommended}
                aria-describedby={(standing.notOpen ?? option.reasons[0]) ? `${id}-reason` : undefined}
                className="mt-1 size-5 shrink-0 accent-brand-700 focus-visible:outline-none dark:accent-brand-300"
              />
              <span className="flex min-w-0 flex-1 flex-col gap-1">
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-semibold">
                    {index + 1}. {info.label}
                  </span>
                  {option.path === recommended && (
                    <span className="rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-brand-300 dark:text-slate-950">
                      Recommended
                    </span>
                  )}
                  <span className="text-sm text-slate-700 dark:text-slate-300">{standing.label}</span>
                </span>
                {(standing.notOpen ?? option.reasons[0]) && (
                  <span id={`${id}-reason`} className="text-sm text-slate-700 dark:text-slate-300">
                    {standing.notOpen ?? option.reasons[0]}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>

      {activePlan && (
        <p className="rounded-lg border border-slate-300 bg-slate-50 p-4 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
          You already have a plan ({activePlan.pathLabel}, started {activePlan.startedOn}). Building a new one makes it your active plan;
          the old one and the progress you made on it are kept in your history.
        </p>
      )}

      <div>
        <Button type="submit" className="px-5 py-3 text-base" disabled={pending}>
          {pending ? "Building your plan…" : "Build my plan"}
        </Button>
      </div>
    </form>
  );
}
