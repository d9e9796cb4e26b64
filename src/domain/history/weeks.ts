/**
 * Counting events per calendar week (Monday to Sunday, UTC), for the "items completed per week" chart.
 */
import { DAY_MS } from "@/domain/duration";
import { addDays, startOfWeek, WEEK_DAYS } from "./dates";

export interface WeekCount {
  /** Monday 00:00 UTC. */
  start: Date;
  count: number;
}

export interface WeeklyCounts {
  /** Oldest first; the last entry is the week containing `now`. */
  weeks: WeekCount[];
  /** Events before the first week shown (so the total is never silently wrong). */
  earlier: number;
  /** Events in the weeks shown. */
  total: number;
}

export interface WeeklyCountsOptions {
  /** When each event happened. Events after the current week are ignored (clock skew, bad rows). */
  dates: readonly Date[];
  now: Date;
  /** The chart starts at the week of `from` (the user's first plan, say), but never more than `maxWeeks` back. */
  from?: Date | null;
  maxWeeks?: number;
}

export const DEFAULT_CHART_WEEKS = 12;

export function weeklyCounts({ dates, now, from, maxWeeks = DEFAULT_CHART_WEEKS }: WeeklyCountsOptions): WeeklyCounts {
  const current = startOfWeek(now);
  const oldestAllowed = addDays(current, -(Math.max(1, maxWeeks) - 1) * WEEK_DAYS);
  const wanted = from ? startOfWeek(from) : oldestAllowed;
  // A `from` in the future still shows the current week.
  const first = new Date(Math.min(current.getTime(), Math.max(oldestAllowed.getTime(), wanted.getTime())));

  const weeks: WeekCount[] = [];
  for (let start = first; start.getTime() <= current.getTime(); start = addDays(start, WEEK_DAYS)) {
    weeks.push({ start, count: 0 });
  }
  const end = addDays(current, WEEK_DAYS);
  let earlier = 0;
  let total = 0;
  for (const date of dates) {
    const t = date.getTime();
    if (t >= end.getTime()) continue;
    if (t < first.getTime()) {
      earlier += 1;
      continue;
    }
    const index = Math.floor((startOfWeek(date).getTime() - first.getTime()) / (WEEK_DAYS * DAY_MS));
    weeks[index]!.count += 1;
    total += 1;
  }
  return { weeks, earlier, total };
}

/** The week with the most events (the earliest on a tie), or null when every week is empty. */
export function busiestWeek(weeks: readonly WeekCount[]): WeekCount | null {
  let best: WeekCount | null = null;
  for (const week of weeks) if (week.count > 0 && (!best || week.count > best.count)) best = week;
  return best;
}
