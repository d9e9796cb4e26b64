import { busiestWeek, shortDate, type WeeklyCounts } from "@/domain/history";
import { bodyRowClass, captionClass, headRowClass, TableAlternative, tableClass } from "./table-alternative";

const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

export function weeklySummary({ weeks, total, earlier }: WeeklyCounts): string {
  const span = `${weeks.length === 1 ? "this week" : `the last ${weeks.length} weeks`}`;
  const before = earlier > 0 ? ` (and ${items(earlier)} before that)` : "";
  if (total === 0) return `No items completed in ${span}${before}.`;
  const best = busiestWeek(weeks)!;
  return `${items(total)} completed in ${span}${before}; the most in the week of ${shortDate(best.start)}, with ${best.count}.`;
}

/**
 * Items completed per week as CSS bars with the number on each bar. The bars are one image named by
 * the section heading and described by the summary; the table gives every week's figure.
 */
export function WeeklyCompletionsChart({ counts, labelledBy }: { counts: WeeklyCounts; labelledBy: string }) {
  const max = Math.max(1, ...counts.weeks.map((w) => w.count));
  const summary = weeklySummary(counts);
  return (
    <figure className="flex flex-col gap-3">
      <div
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby="weekly-summary"
        className="flex h-48 items-end gap-1 border-b-2 border-slate-500 sm:gap-2 dark:border-slate-400"
      >
        {counts.weeks.map((week, i) => (
          <div key={week.start.toISOString()} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
            <span className="text-xs font-semibold tabular-nums text-slate-800 dark:text-slate-200">{week.count}</span>
            <div
              className="w-full max-w-12 rounded-t bg-brand-600 dark:bg-brand-400"
              // At least a sliver, so a week with one item never looks empty next to a busy one.
              style={{ height: week.count === 0 ? 0 : `max(4px, ${(week.count / max) * 80}%)` }}
            />
            {/* On phones every other date is hidden (kept in place) so the labels don't collide. */}
            <span
              className={`-mb-6 whitespace-nowrap text-xs text-slate-600 dark:text-slate-400 ${
                (counts.weeks.length - 1 - i) % 2 === 1 ? "invisible sm:visible" : ""
              }`}
            >
              {shortDate(week.start)}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="mt-6 flex flex-col gap-1">
        <p className="text-xs text-slate-600 dark:text-slate-400">Weeks start on Monday; dates are the Monday of each week.</p>
        <p id="weekly-summary" className="text-slate-700 dark:text-slate-300">
          {summary}
        </p>
      </figcaption>
      <TableAlternative>
        <table className={tableClass}>
          <caption className={captionClass}>Plan items marked done, per week</caption>
          <thead>
            <tr className={headRowClass}>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Week starting
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                Items completed
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.weeks.map((week) => (
              <tr key={week.start.toISOString()} className={bodyRowClass}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  Monday {shortDate(week.start)}
                </th>
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">{week.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </figure>
  );
}
