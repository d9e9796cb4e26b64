"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { CATEGORY_LABELS, PHASE_LABELS } from "@/domain/plan";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import type { PlanItemView } from "@/shared/plan-view";
import { restoreItemAction } from "@/server/plan/actions";

interface ArchivedItemsProps {
  /** The plan's archived items (PlanView.archivedItems). Nothing renders when empty. */
  items: readonly PlanItemView[];
  /**
   * Called with the restored item, e.g. to put it back on a client-side board. Without it the page is
   * refreshed from the server instead.
   */
  onRestored?: (item: PlanItemView) => void;
  headingLevel?: 2 | 3;
}

const FAILED = "We couldn't restore that item just now. Check your connection and try again.";

/** Suggestions a plan update set aside, each with a Restore button. Nothing here was ever deleted. */
export function ArchivedItems({ items, onRestored, headingLevel = 2 }: ArchivedItemsProps) {
  const router = useRouter();
  const [restoredIds, setRestoredIds] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const visible = items.filter((item) => !restoredIds.has(item.id));
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function restore(item: PlanItemView) {
    setPendingId(item.id);
    startTransition(async () => {
      const result = await restoreItemAction({ itemId: item.id }).catch(() => null);
      setPendingId(null);
      if (result?.ok) {
        setRestoredIds((ids) => new Set(ids).add(item.id));
        setMessage({
          text: `“${item.title}” is back in your plan, at the end of ${PHASE_LABELS[item.phase].toLowerCase()}.`,
          tone: "success",
        });
        if (onRestored) onRestored(result.data.item);
        else router.refresh();
      } else {
        setMessage({ text: result?.message ?? FAILED, tone: "error" });
      }
      // The pressed button is gone (or the error needs reading): keep keyboard focus on the outcome.
      requestAnimationFrame(() => messageRef.current?.focus());
    });
  }

  if (visible.length === 0 && !message) return null;
  return (
    <section
      aria-labelledby="archived-items-title"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800"
    >
      <Heading id="archived-items-title" className="text-xl font-semibold">
        Set aside by a plan update
      </Heading>
      <p className="text-slate-700 dark:text-slate-300">
        These suggestions stopped fitting when your path changed. They were never deleted: bring back any you still want.
      </p>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormAlert message={message?.text} tone={message?.tone} />
      </div>
      {visible.length > 0 && (
        <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
          {visible.map((item) => (
            <li key={item.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
              <div className="min-w-0">
                <p className="font-medium">{item.title}</p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {PHASE_LABELS[item.phase]} · {CATEGORY_LABELS[item.category]}
                </p>
              </div>
              <Button
                variant="secondary"
                className="shrink-0 self-start sm:self-center"
                disabled={pendingId !== null}
                onClick={() => restore(item)}
              >
                {pendingId === item.id ? "Restoring…" : "Restore"}
                <span className="sr-only"> “{item.title}”</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
