import { CATEGORY_LABELS, ITEM_STATUS_LABELS, type ItemStatus } from "@/domain/plan";
import { ResourceList } from "../resource/resource-list";
import type { DocumentItem } from "./plan-document";

// -800/-200 text on -50/-950 backgrounds: 4.5:1 or better in both themes.
const STATUS_STYLES: Record<ItemStatus, string> = {
  todo: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  in_progress: "bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  done: "bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200",
  skipped: "bg-slate-100 text-slate-700 italic dark:bg-slate-800 dark:text-slate-300",
};

// Checkbox-like marks so the printed page reads as a checklist even without colour.
const STATUS_MARKS: Record<ItemStatus, string> = { todo: "☐", in_progress: "◐", done: "☑", skipped: "☒" };

export function PhaseItems({ items }: { items: readonly DocumentItem[] }) {
  if (items.length === 0) return <p className="text-slate-700 dark:text-slate-300">No steps in this phase.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="print-keep rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className={`font-semibold ${item.status === "skipped" ? "line-through decoration-1" : ""}`}>
            <span aria-hidden="true" className="mr-2">
              {STATUS_MARKS[item.status]}
            </span>
            {item.title}
          </h3>
          {item.why && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.why}</p>}
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
            <span className={`rounded-full px-2 py-0.5 font-semibold ${STATUS_STYLES[item.status]}`}>
              <span className="sr-only">Status: </span>
              {ITEM_STATUS_LABELS[item.status]}
            </span>
            <span className="font-medium text-slate-600 dark:text-slate-400">
              <span className="sr-only">Category: </span>
              {CATEGORY_LABELS[item.category]}
            </span>
          </p>
          {item.resources && item.resources.length > 0 && (
            <div className="mt-2">
              <p className="text-xs font-semibold">Resources</p>
              <ResourceList resources={item.resources} label={`Resources for “${item.title}”`} withDescription={false} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
