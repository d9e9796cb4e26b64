import { ITEM_STATUSES, ITEM_STATUS_LABELS, isItemStatus, type ItemStatus } from "@/domain/plan";

interface ItemStatusControlProps {
  itemId: string;
  title: string;
  status: ItemStatus;
  onChange: (status: ItemStatus) => void;
}

/**
 * Done in one click (the checkbox, toggling done ↔ to do), and every status from the select. The
 * accessible names carry the item title, since the same controls repeat on every card.
 */
export function ItemStatusControl({ itemId, title, status, onChange }: ItemStatusControlProps) {
  const checkboxId = `done-${itemId}`;
  const selectId = `status-${itemId}`;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <label
        htmlFor={checkboxId}
        className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold has-checked:border-green-700 has-checked:bg-green-50 has-checked:text-green-900 dark:border-slate-600 dark:has-checked:border-green-400 dark:has-checked:bg-green-950 dark:has-checked:text-green-100"
      >
        <input
          id={checkboxId}
          type="checkbox"
          checked={status === "done"}
          onChange={(event) => onChange(event.target.checked ? "done" : "todo")}
          className="size-5 accent-green-700 dark:accent-green-400"
        />
        <span>
          Mark <span className="sr-only">“{title}” </span>done
        </span>
      </label>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={selectId} className="font-medium">
          Status<span className="sr-only"> of “{title}”</span>
        </label>
        <select
          id={selectId}
          value={status}
          onChange={(event) => isItemStatus(event.target.value) && onChange(event.target.value)}
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ITEM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
