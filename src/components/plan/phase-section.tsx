"use client";

import { useRef, useState } from "react";
import { PHASE_LABELS, type PlanPhase, type Progress } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import { PlanItemCard } from "./plan-item-card";
import type { PlanBoardApi } from "./use-plan-board";

interface PhaseSectionProps {
  phase: PlanPhase;
  /** The phase's items after the status filter. */
  items: readonly PlanItemView[];
  progress: Progress;
  current: boolean;
  /** Reordering only makes sense on the unfiltered list: a hidden neighbour would make a move look like a no-op. */
  canReorder: boolean;
  board: PlanBoardApi;
}

export function PhaseSection({ phase, items, progress, current, canReorder, board }: PhaseSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `phase-${phase}-title`;
  // Folded only when finished as the page loads: a phase finished by the tick just made stays open, so the
  // focused checkbox doesn't vanish under the keyboard.
  const [finished] = useState(() => progress.total > 0 && progress.done + progress.skipped === progress.total);
  const list = (
    <ul className="flex flex-col gap-1.5">
      {items.map((item, index) => (
        <PlanItemCard
          key={item.id}
          item={item}
          order={canReorder ? { index, count: items.length } : null}
          notice={board.itemNotices[item.id]}
          board={board}
          onDeleted={() => heading.current?.focus()}
        />
      ))}
    </ul>
  );
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-2 dark:border-slate-800">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          {PHASE_LABELS[phase]}
          {current && (
            <span className="rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-brand-300 dark:text-slate-950">
              You are here
            </span>
          )}
        </h2>
        <p className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
          {progress.done + progress.skipped} of {progress.total} done or skipped
        </p>
      </div>
      {items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No steps in this phase match the filter.</p>
      ) : finished ? (
        // A phase with every step done or skipped folds away; its steps stay one click from view.
        <details>
          <summary className="step-summary inline-flex min-h-6 items-center">
            Phase finished: show its {items.length} {items.length === 1 ? "step" : "steps"}
          </summary>
          <div className="mt-3">{list}</div>
        </details>
      ) : (
        list
      )}
    </section>
  );
}
