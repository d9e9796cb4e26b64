import { ITEM_STATUS_LABELS } from "@/domain/plan";
import { STATUS_FILTERS, type StatusFilter as Filter } from "./plan-state";

interface StatusFilterProps {
  value: Filter;
  counts: Readonly<Record<Filter, number>>;
  onChange: (filter: Filter) => void;
}

const labelOf = (filter: Filter) => (filter === "all" ? "All" : ITEM_STATUS_LABELS[filter]);

/** Native radios in a fieldset: arrow keys move between options, one Tab stop for the group. */
export function StatusFilter({ value, counts, onChange }: StatusFilterProps) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold">Show steps</legend>
      <div className="flex flex-wrap gap-2">
        {STATUS_FILTERS.map((filter) => (
          <label
            key={filter}
            className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-400 px-3 py-1.5 text-sm has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800"
          >
            <input
              type="radio"
              name="status-filter"
              value={filter}
              checked={value === filter}
              onChange={() => onChange(filter)}
              className="size-4 accent-brand-700 focus-visible:outline-none dark:accent-brand-300"
            />
            {labelOf(filter)}
            <span className="tabular-nums text-slate-600 dark:text-slate-400">({counts[filter]})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
