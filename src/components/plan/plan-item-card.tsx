"use client";

import { StepPeople } from "@/components/person/step-people";
import { PHASE_LABELS } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import { CategoryBadge, StatusBadge } from "./item-badges";
import { ItemDetails } from "./item-details";
import { ItemStatusControl } from "./item-status-control";
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

/** One step of the plan: what and why at a glance, status in one click, detail and notes on demand. */
export function PlanItemCard({ item, order, notice, board, onDeleted }: PlanItemCardProps) {
  const titleId = `item-${item.id}-title`;
  const finished = item.status === "done" || item.status === "skipped";
  return (
    <li>
      <article
        id={`item-${item.id}`}
        aria-labelledby={titleId}
        tabIndex={-1}
        className={finished ? "step-card step-card-finished" : "step-card step-card-open"}
      >
        <div className="flex flex-col gap-1.5">
          <h3 id={titleId} className="text-lg font-semibold leading-snug">
            {item.title}
          </h3>
          <p className="flex flex-wrap items-center gap-2">
            <StatusBadge status={item.status} />
            <CategoryBadge category={item.category} />
            {item.custom && (
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-slate-800 dark:text-brand-200">
                Your own step
              </span>
            )}
          </p>
          {/* A custom item's why only says "you added this", which the badge already does. */}
          {item.why && !item.custom && <p className="text-slate-700 dark:text-slate-300">{item.why}</p>}
          <StepPeople itemId={item.id} />
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
              className="rounded px-1 font-semibold underline underline-offset-2"
            >
              Dismiss<span className="sr-only"> message about “{item.title}”</span>
            </button>
          </div>
        )}

        <div className="flex flex-wrap items-center justify-between gap-3">
          <ItemStatusControl
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
              onMoved={(place) => board.announce(`“${item.title}” is now ${place} of ${order.count} in ${PHASE_LABELS[item.phase]}.`)}
            />
          )}
        </div>

        {!finished && <ReminderControl itemId={item.id} title={item.title} remindAt={item.remindAt ?? null} />}

        <ItemDetails item={item} board={board} onDeleted={onDeleted} />
      </article>
    </li>
  );
}
