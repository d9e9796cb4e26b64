import { ITEM_STATUS_LABELS, type ItemStatus } from "@/domain/plan";

// Text colours are the -800/-200 shades on -50/-950 backgrounds: 4.5:1 or better in both themes.
const STATUS_STYLES: Record<ItemStatus, string> = {
  todo: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  in_progress: "bg-amber-50 text-amber-900 ring-1 ring-amber-700/40 dark:bg-amber-950 dark:text-amber-200",
  done: "bg-green-50 text-green-800 ring-1 ring-green-700/40 dark:bg-green-950 dark:text-green-200",
  skipped: "bg-slate-100 text-slate-700 italic dark:bg-slate-800 dark:text-slate-300",
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[status]}`}>
      <span className="sr-only">Status: </span>
      {ITEM_STATUS_LABELS[status]}
    </span>
  );
}
