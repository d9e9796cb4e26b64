import { PHASE_LABELS } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import { StatusBadge } from "./item-badges";

interface NextActionsProps {
  items: readonly PlanItemView[];
  /** Called before jumping to an item, so a status filter can't hide the item the link points at. */
  onJump: () => void;
}

/** The three steps to work on now (in progress first), each linking to its card in the plan. */
export function NextActions({ items, onJump }: NextActionsProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="next-actions-title" className="flex flex-col gap-2">
      <h3 id="next-actions-title" className="text-lg font-semibold">
        Next {items.length === 1 ? "action" : `${items.length === 2 ? "two" : "three"} actions`}
      </h3>
      <ol className="grid gap-2 md:grid-cols-3">
        {items.map((item, index) => (
          <li key={item.id} className="flex flex-col gap-1 rounded-lg bg-brand-50 px-4 py-2 dark:bg-slate-900">
            <p className="text-sm font-semibold text-brand-800 dark:text-brand-200">
              {index + 1}. {PHASE_LABELS[item.phase]}
            </p>
            <a
              href={`#item-${item.id}`}
              onClick={onJump}
              className="font-semibold text-slate-900 underline decoration-brand-700 underline-offset-2 hover:decoration-2 dark:text-slate-100 dark:decoration-brand-300"
            >
              {item.title}
            </a>
            <p>
              <StatusBadge status={item.status} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
