"use client";

import { useState, type ReactNode } from "react";
import { ITEM_STATUS_LABELS, PLAN_PHASES, type ItemStatus, type PlanPhase } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import { AddItemForm } from "./add-item-form";
import { ArchivedItems } from "./archived-items";
import { NextActions } from "./next-actions";
import { PhaseSection } from "./phase-section";
import { PlanFinished } from "./plan-finished";
import { PlanProgress } from "./plan-progress";
import { filterByStatus, groupByPhase, isFinished, nextThree, progressOf, statusCounts, type StatusFilter as Filter } from "./plan-state";
import { StatusFilter } from "./status-filter";
import { useHydrated } from "./use-hydrated";
import { usePlanBoard } from "./use-plan-board";

interface PlanBoardProps {
  initialItems: readonly PlanItemView[];
  /** Items a plan update set aside; each can be restored onto the board. */
  archivedItems?: readonly PlanItemView[];
  /** The phase the plan is in today (computed on the server, which owns the clock). */
  currentPhase: PlanPhase;
  /** A slot above the progress, for notices such as the continuity banner (days since the last assessment). */
  banner?: ReactNode;
  /** What else is due or new today (follow-ups, reminders, feedback, the week), shown beside the next actions. */
  today?: ReactNode;
}

/** The interactive plan: progress, next actions and the phases, all derived from one list of items. */
export function PlanBoard({ initialItems, archivedItems = [], currentPhase, banner, today }: PlanBoardProps) {
  const board = usePlanBoard(initialItems);
  const hydrated = useHydrated();
  const [filter, setFilter] = useState<Filter>("all");
  // Everything below derives from the optimistic items, so numbers move the moment the user clicks.
  const progress = progressOf(board.items);
  const phases = groupByPhase(filterByStatus(board.items, filter));

  // A step whose new status no longer matches the filter leaves the list, and focus would fall to the page:
  // keep it on the next step shown (or the previous, or the filter itself) and say what happened.
  const setStatusKeepingFocus = (itemId: string, status: ItemStatus) => {
    const shown = PLAN_PHASES.flatMap((p) => phases[p]);
    const index = shown.findIndex((item) => item.id === itemId);
    const leaves = filter !== "all" && status !== filter && index >= 0;
    board.setStatus(itemId, status);
    if (!leaves) return;
    const neighbour = shown[index + 1] ?? shown[index - 1];
    const target = neighbour
      ? document.getElementById(`done-${neighbour.id}`)
      : document.querySelector<HTMLInputElement>('input[name="status-filter"]:checked');
    target?.focus();
    const moved = neighbour ? `Now on “${neighbour.title}”.` : "No steps left in this list; focus is on the filter.";
    board.announce(`“${shown[index]!.title}” is now ${ITEM_STATUS_LABELS[status].toLowerCase()} and left this list. ${moved}`);
  };
  const boardKeepingFocus = { ...board, setStatus: setStatusKeepingFocus };

  return (
    // Disabled until hydrated: a tick or a submit before React runs would be lost (or, for a form,
    // sent as a GET with the user's text in the URL).
    <fieldset disabled={!hydrated} className="flex min-w-0 flex-col gap-6">
      <section aria-labelledby="today-title" className="flex flex-col gap-3">
        <h2 id="today-title" className="text-2xl font-semibold">
          Today
        </h2>
        <NextActions items={nextThree(board.items)} onJump={() => setFilter("all")} />
        {today}
      </section>
      {banner}
      {isFinished(progress) && <PlanFinished />}
      <PlanProgress progress={progress} />
      <StatusFilter value={filter} counts={statusCounts(board.items)} onChange={setFilter} />
      {filter !== "all" && <p className="-mt-4 text-sm text-slate-600 dark:text-slate-400">Show all steps to change their order.</p>}
      {PLAN_PHASES.map((phase) => (
        <PhaseSection
          key={phase}
          phase={phase}
          items={phases[phase]}
          progress={progress.byPhase[phase]}
          current={phase === currentPhase}
          canReorder={filter === "all"}
          board={boardKeepingFocus}
        />
      ))}
      <AddItemForm defaultPhase={currentPhase} addCustom={board.addCustom} announce={board.announce} />
      <ArchivedItems items={archivedItems} onRestored={(item) => board.confirm([item])} />
      {/* Polite announcements for changes that don't move focus (a reorder, an added step). */}
      <p role="status" className="sr-only">
        {board.announcement}
      </p>
    </fieldset>
  );
}
