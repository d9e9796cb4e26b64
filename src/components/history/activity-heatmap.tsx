import { actionsLabel, dayLabel, monthName, shortDate, WEEK_DAYS, type Heatmap, type Intensity } from "@/domain/history";
import { bodyRowClass, captionClass, headRowClass, TableAlternative, tableClass } from "./table-alternative";

// Darker = more in light mode, brighter = more in dark mode; the number is printed on every busy cell,
// so colour is never the only cue. Text pairs meet 4.5:1 on each background.
const INTENSITY: Record<Intensity, string> = {
  0: "bg-slate-100 ring-1 ring-inset ring-slate-300 dark:bg-slate-900 dark:ring-slate-700",
  1: "bg-brand-100 text-slate-900 dark:bg-brand-900 dark:text-white",
  2: "bg-brand-300 text-slate-950 dark:bg-brand-700 dark:text-white",
  3: "bg-brand-600 text-white dark:bg-brand-400 dark:text-slate-950",
  4: "bg-brand-800 text-white dark:bg-brand-200 dark:text-slate-950",
};
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function heatmapSummary(map: Heatmap): string {
  const days = map.weeks.length * WEEK_DAYS;
  if (map.total === 0) return `No activity in the last ${map.weeks.length} weeks yet.`;
  const busiest = map.busiest ? `; your busiest day was ${dayLabel(map.busiest.date)}, with ${actionsLabel(map.busiest.count)}` : "";
  return `${actionsLabel(map.total)} on ${map.activeDays} of the last ${days} days${busiest}.`;
}

/**
 * The last twelve weeks, one column per week and one row per weekday. Every past day is a labelled
 * image ("Tue 3 Nov: 2 actions"), read week by week; the table in the disclosure has the same figures.
 */
export function ActivityHeatmap({ map, labelledBy }: { map: Heatmap; labelledBy: string }) {
  return (
    <figure className="flex flex-col gap-3">
      {/* Column-major grid: the DOM (and so a screen reader) goes week by week, Monday to Sunday. */}
      <div
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby="heatmap-summary"
        className="grid max-w-[28rem] grid-flow-col grid-rows-[auto_repeat(7,auto)] gap-1"
        style={{ gridTemplateColumns: `2rem repeat(${map.weeks.length}, minmax(0, 1fr))` }}
      >
        <span aria-hidden="true" />
        {WEEKDAYS.map((day, i) => (
          <span key={day} aria-hidden="true" className="flex items-center text-xs text-slate-600 dark:text-slate-400">
            {i % 2 === 0 ? day : ""}
          </span>
        ))}
        {map.weeks.map((week, w) => {
          const monday = week[0]!.date;
          // Name the month above the first column and above each week that starts a new month.
          const newMonth = w === 0 || monday.getUTCMonth() !== map.weeks[w - 1]![0]!.date.getUTCMonth();
          return [
            <span
              key={`m-${monday.toISOString()}`}
              aria-hidden="true"
              className="h-4 whitespace-nowrap text-xs text-slate-600 dark:text-slate-400"
            >
              {newMonth ? monthName(monday) : ""}
            </span>,
            ...week.map((day) =>
              day.future ? (
                <span key={day.date.toISOString()} aria-hidden="true" className="aspect-square" />
              ) : (
                <span
                  key={day.date.toISOString()}
                  role="img"
                  aria-label={day.label}
                  title={day.label}
                  className={`flex aspect-square items-center justify-center rounded-sm text-[10px] font-semibold leading-none tabular-nums ${INTENSITY[day.intensity]}`}
                >
                  {day.count > 0 && <span aria-hidden="true">{day.count}</span>}
                </span>
              ),
            ),
          ];
        })}
      </div>
      <figcaption className="flex flex-col gap-2">
        <div aria-hidden="true" className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="mr-1">Fewer</span>
          {([0, 1, 2, 3, 4] as const).map((level) => (
            <span key={level} className={`inline-block h-3.5 w-3.5 rounded-sm ${INTENSITY[level]}`} />
          ))}
          <span className="ml-1">More actions</span>
        </div>
        <p id="heatmap-summary" className="text-slate-700 dark:text-slate-300">
          {heatmapSummary(map)}
        </p>
      </figcaption>
      <TableAlternative>
        <table className={tableClass}>
          <caption className={captionClass}>Actions per day, one row per week</caption>
          <thead>
            <tr className={headRowClass}>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Week starting
              </th>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col" className="px-1.5 py-2 text-right font-semibold">
                  {day}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2 text-right font-semibold">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {map.weeks.map((week) => (
              <tr key={week[0]!.date.toISOString()} className={bodyRowClass}>
                <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium">
                  {shortDate(week[0]!.date)}
                </th>
                {week.map((day) => (
                  <td key={day.date.toISOString()} className="px-1.5 py-2 text-right tabular-nums">
                    {day.future ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">still to come</span>
                      </>
                    ) : (
                      day.count
                    )}
                  </td>
                ))}
                <td className="py-2 pl-2 text-right font-semibold tabular-nums">{week.reduce((sum, day) => sum + day.count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </figure>
  );
}
