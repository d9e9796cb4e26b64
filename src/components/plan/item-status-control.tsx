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
      <label htmlFor={checkboxId} className="step-done">
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
          className="step-select"
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
