/**
 * The activity heatmap: the last N weeks as columns of seven days (Monday at the top), each day with
 * its number of actions and an intensity level for colouring. Days after `now` in the current week are
 * marked `future` so the grid stays rectangular without pretending those days were empty.
 */
import { DAY_MS } from "@/domain/duration";
import { addDays, dayLabel, startOfDay, startOfWeek, WEEK_DAYS } from "./dates";

export const HEATMAP_WEEKS = 12;
export const MAX_INTENSITY = 4;
export type Intensity = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
  /** Midnight UTC. */
  date: Date;
  count: number;
  intensity: Intensity;
  future: boolean;
  /** "Tue 3 Nov: 2 actions" — the cell's accessible name. */
  label: string;
}

export interface Heatmap {
  /** Oldest week first; each week is Monday … Sunday. */
  weeks: HeatmapDay[][];
  total: number;
  /** Days with at least one action. */
  activeDays: number;
  /** The busiest day (earliest on a tie), or null when there was no activity. */
  busiest: HeatmapDay | null;
  /** First and last day of the grid. */
  start: Date;
  end: Date;
}

export function actionsLabel(count: number): string {
  return count === 0 ? "no actions" : `${count} ${count === 1 ? "action" : "actions"}`;
}

/**
 * 0 for no activity; otherwise 1–4 in proportion to the busiest day, so one action on a quiet grid
 * still shows and the busiest day is always the darkest.
 */
export function intensityOf(count: number, max: number): Intensity {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(MAX_INTENSITY, Math.max(1, Math.ceil((count / max) * MAX_INTENSITY))) as Intensity;
}

export function activityHeatmap({ dates, now, weeks = HEATMAP_WEEKS }: { dates: readonly Date[]; now: Date; weeks?: number }): Heatmap {
  const start = addDays(startOfWeek(now), -(Math.max(1, weeks) - 1) * WEEK_DAYS);
  const today = startOfDay(now);
  const dayCount = Math.max(1, weeks) * WEEK_DAYS;

  const counts = new Array<number>(dayCount).fill(0);
  for (const date of dates) {
    const index = Math.floor((startOfDay(date).getTime() - start.getTime()) / DAY_MS);
    if (index >= 0 && index < dayCount && startOfDay(date).getTime() <= today.getTime()) counts[index]! += 1;
  }
  const max = Math.max(0, ...counts);

  const days: HeatmapDay[] = counts.map((count, i) => {
    const date = addDays(start, i);
    const future = date.getTime() > today.getTime();
    return {
      date,
      count,
      intensity: intensityOf(count, max),
      future,
      label: `${dayLabel(date)}: ${future ? "still to come" : actionsLabel(count)}`,
    };
  });

  const grid: HeatmapDay[][] = [];
  for (let w = 0; w < dayCount / WEEK_DAYS; w++) grid.push(days.slice(w * WEEK_DAYS, (w + 1) * WEEK_DAYS));

  let busiest: HeatmapDay | null = null;
  for (const day of days) if (day.count > 0 && (!busiest || day.count > busiest.count)) busiest = day;

  return {
    weeks: grid,
    total: counts.reduce((sum, n) => sum + n, 0),
    activeDays: counts.filter((n) => n > 0).length,
    busiest,
    start,
    end: addDays(start, dayCount - 1),
  };
}
