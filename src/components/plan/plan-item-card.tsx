"use client";

import { useState } from "react";
import { StepPeople } from "@/components/person/step-people";
import { useTimeZone } from "@/components/ui/time-zone-context";
import { CATEGORY_LABELS, PHASE_DAYS, PHASE_LABELS } from "@/domain/plan";
import { formatDay } from "@/domain/time-zone";
import type { PlanItemView } from "@/shared/plan-view";
import { StatusBadge } from "./item-badges";
import { ItemDetails } from "./item-details";
import { ItemDoneCheckbox, ItemStatusSelect } from "./item-status-control";
import { MoveButtons } from "./move-buttons";
import { ReminderControl } from "./reminder-control";
import type { Notice, PlanBoardApi } from "./use-plan-board";

interface PlanItemCardProps {
  item: PlanItemView;
  /** Place in its phase (0-based) and the phase's size; reordering is offered only when set. */
  order: { index: number; count: number } | null;
  notice: Notice | undefined;
  board: PlanBoardApi;
  /** Where focus goes once the card is deleted (the phase heading). */
  onDeleted: () => void;
}

const ROW_STYLES = {
  open: "step-card step-card-open",
  done: "step-card step-card-finished border-l-4 border-l-green-700 dark:border-l-green-400",
  skipped: "step-card step-card-finished border-dashed",
} as const;

/** The step's due hint: its reminder's day when one is set, otherwise the end of its phase. */
function dueHint(item: PlanItemView, timeZone: string): string {
  if (item.remindAt) return `reminder ${formatDay(new Date(item.remindAt), timeZone)}`;
  return `by day ${item.phase * PHASE_DAYS}`;
}

/**
 * One step of the plan as a compact row: one checkbox, the title, the phase and a due hint. Why, people,
 * status, moving, the reminder and the notes open on demand, and are only rendered then.
 */
export function PlanItemCard({ item, order, notice, board, onDeleted }: PlanItemCardProps) {
  const timeZone = useTimeZone();
  const [open, setOpen] = useState(false);
  const titleId = `item-${item.id}-title`;
  const finished = item.status === "done" || item.status === "skipped";
  const style = item.status === "done" ? ROW_STYLES.done : item.status === "skipped" ? ROW_STYLES.skipped : ROW_STYLES.open;
  return (
    <li>
      <article id={`item-${item.id}`} aria-labelledby={titleId} tabIndex={-1} className={`${style} gap-2 px-3 py-1.5`}>
        <div className="flex items-start gap-3">
          <ItemDoneCheckbox
            itemId={item.id}
            title={item.title}
            status={item.status}
            onChange={(status) => board.setStatus(item.id, status)}
          />
          <div className="flex min-w-0 flex-1 flex-col gap-0.5">
            <h3
              id={titleId}
              className={`font-semibold leading-snug ${
                item.status === "done"
                  ? "text-slate-600 line-through decoration-green-700 dark:text-slate-400 dark:decoration-green-400"
                  : item.status === "skipped"
                    ? "italic text-slate-600 dark:text-slate-400"
                    : ""
              }`}
            >
              {item.title}
            </h3>
            {/* The row's meta line opens the rest: one line for phase, category and due hint, and the disclosure. */}
            <details onToggle={(event) => setOpen(event.currentTarget.open)}>
              <summary className="flex min-h-6 cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 marker:hidden dark:text-slate-400 [&::-webkit-details-marker]:hidden">
                <span>{PHASE_LABELS[item.phase]}</span>
                <span>
                  · <span className="sr-only">Category: </span>
                  {CATEGORY_LABELS[item.category]}
                </span>
                {!finished && <span>· {dueHint(item, timeZone)}</span>}
                {item.status !== "todo" && <StatusBadge status={item.status} />}
                {item.custom && (
                  <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-slate-800 dark:text-brand-200">
                    Your own step
                  </span>
                )}
                <span className="step-summary">
                  Why, status and more<span className="sr-only"> for “{item.title}”</span>
                </span>
                {item.note && <span>· has a note</span>}
              </summary>

              {open && (
                <div className="mt-3 flex flex-col gap-3">
                  {/* A custom item's why only says "you added this", which the badge already does. */}
                  {item.why && !item.custom && <p className="text-slate-700 dark:text-slate-300">{item.why}</p>}
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <ItemStatusSelect
                      itemId={item.id}
                      title={item.title}
                      status={item.status}
                      onChange={(status) => board.setStatus(item.id, status)}
                    />
                    {order && (
                      <MoveButtons
                        title={item.title}
                        index={order.index}
                        count={order.count}
                        onMove={(direction) => board.move(item.id, direction)}
                        onMoved={(place) =>
                          board.announce(`“${item.title}” is now ${place} of ${order.count} in ${PHASE_LABELS[item.phase]}.`)
                        }
                      />
                    )}
                  </div>
                  {!finished && <ReminderControl itemId={item.id} title={item.title} remindAt={item.remindAt ?? null} />}
                  <ItemDetails item={item} board={board} onDeleted={onDeleted} />
                </div>
              )}
            </details>
            {/* Shown on the row: the people met for a step are what the person looks for on the way to them. */}
            <StepPeople itemId={item.id} />
          </div>
        </div>

        {notice && (
          <div
            role="alert"
            className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
          >
            <p>{notice.text}</p>
            <button
              type="button"
              onClick={() => board.dismissItemNotice(item.id)}
              className="min-h-6 rounded px-1 font-semibold underline underline-offset-2"
            >
              Dismiss<span className="sr-only"> message about “{item.title}”</span>
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
