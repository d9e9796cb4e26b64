import { buttonClass } from "@/components/ui/button";
import { assessmentOption, type NumberedSummary } from "./assessment-names";

interface CompareFormProps {
  assessments: readonly NumberedSummary[];
  fromId: string;
  toId: string;
  timeZone: string;
}

const selectClass =
  "w-full min-w-0 rounded-md border border-slate-400 bg-white px-1 py-2 sm:px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** A plain GET form: the pair lives in the URL (?a=…&b=…), so it works without JavaScript and can be bookmarked. */
export function CompareForm({ assessments, fromId, toId, timeZone }: CompareFormProps) {
  const newestFirst = [...assessments].reverse();
  return (
    <form method="get" action="/history#compare-title" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
      {(
        [
          ["a", "compare-a", "Compare assessment", fromId],
          ["b", "compare-b", "With assessment", toId],
        ] as const
      ).map(([name, id, label, selected]) => (
        <div key={name} className="flex min-w-0 flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            {label}
          </label>
          <select id={id} name={name} defaultValue={selected} className={selectClass}>
            {newestFirst.map((a) => (
              <option key={a.id} value={a.id}>
                {assessmentOption(a, timeZone)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className={buttonClass("secondary", "py-2.5")}>
        Compare
      </button>
    </form>
  );
}
