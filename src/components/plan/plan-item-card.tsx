"use client";

import { StepPeople } from "@/components/person/step-people";
import { PHASE_LABELS } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import { ResourceList } from "../resource/resource-list";
import { CustomItemEditor } from "./custom-item-editor";
import { CategoryBadge, StatusBadge } from "./item-badges";
import { ItemNoteEditor } from "./item-note-editor";
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
        className={`flex scroll-mt-6 flex-col gap-3 rounded-lg border p-4 ${
          finished
            ? "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/60"
            : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-950"
        }`}
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

        <details className="group rounded-md">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">
            {item.custom
              ? "Description, notes and editing"
              : item.resources.length > 0
                ? "How to do it, resources and your notes"
                : "How to do it and your notes"}
            <span className="sr-only"> for “{item.title}”</span>
            {item.note && <span className="font-normal text-slate-600 dark:text-slate-400"> · has a note</span>}
          </summary>
          <div className="mt-3 flex flex-col gap-4">
            {item.detail && <p className="text-slate-700 dark:text-slate-300">{item.detail}</p>}
            {item.resources.length > 0 && (
              <div className="flex flex-col gap-2">
                <h4 className="text-sm font-semibold">Resources</h4>
                <ResourceList resources={item.resources} label={`Resources for “${item.title}”`} />
              </div>
            )}
            <ItemNoteEditor itemId={item.id} title={item.title} note={item.note} onSave={(note) => board.saveNote(item.id, note)} />
            {item.custom && (
              <CustomItemEditor
                itemId={item.id}
                title={item.title}
                detail={item.detail}
                onSave={(title, detail) => board.editCustom(item.id, title, detail)}
                onDelete={() => {
                  board.remove(item.id);
                  onDeleted();
                }}
              />
            )}
          </div>
        </details>
      </article>
    </li>
  );
}
