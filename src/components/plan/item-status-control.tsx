import { ITEM_STATUSES, ITEM_STATUS_LABELS, isItemStatus, type ItemStatus } from "@/domain/plan";

interface ItemStatusControlProps {
  itemId: string;
  title: string;
  status: ItemStatus;
  onChange: (status: ItemStatus) => void;
}

/**
 * Done in one click: the row's one checkbox, toggling done ↔ to do. Its accessible name carries the item
 * title, since it repeats on every row; the visible title beside it says which step it is.
 */
export function ItemDoneCheckbox({ itemId, title, status, onChange }: ItemStatusControlProps) {
  return (
    <input
      id={`done-${itemId}`}
      type="checkbox"
      aria-label={`Mark “${title}” done`}
      checked={status === "done"}
      onChange={(event) => onChange(event.target.checked ? "done" : "todo")}
      className="mt-0.5 size-6 shrink-0 cursor-pointer accent-green-700 dark:accent-green-400"
    />
  );
}

/** Every status (in progress, skipped) from a select, in the row's details. */
export function ItemStatusSelect({ itemId, title, status, onChange }: ItemStatusControlProps) {
  const selectId = `status-${itemId}`;
  return (
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
  );
}
