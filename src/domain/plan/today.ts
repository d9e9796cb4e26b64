/**
 * What the home page shows for today (docs: readings, "The home page"): follow-ups due, reminders coming up,
 * and the week's progress, with the week running Monday to Sunday in the person's zone. Pure: the caller
 * passes today's day and the zone.
 */
import { addDays, weekStartOf } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";

/** Monday and Sunday of the week `today` ("YYYY-MM-DD") falls in. */
export function weekOf(today: string): { monday: string; sunday: string } {
  const monday = weekStartOf(today);
  return { monday, sunday: addDays(monday, 6) };
}

/** How far ahead the home page lists reminders: today and the six days after. */
export const REMINDER_HORIZON_DAYS = 6;

interface AgendaItem {
  id: string;
  title: string;
  status: string;
  statusChangedAt: string | null;
  remindAt?: string | null;
}

export interface TodayAgenda<T extends AgendaItem> {
  /** Reminders set for today up to REMINDER_HORIZON_DAYS ahead (or already past, still unfinished), soonest first. */
  reminders: { item: T; day: string }[];
  /** Steps marked done this week. */
  doneThisWeek: number;
}

export function todayAgenda<T extends AgendaItem>(items: readonly T[], today: string, timeZone: string): TodayAgenda<T> {
  const { monday, sunday } = weekOf(today);
  const horizon = addDays(today, REMINDER_HORIZON_DAYS);
  const reminders = items
    .filter((item) => item.remindAt && item.status !== "done" && item.status !== "skipped")
    .map((item) => ({ item, day: dayIn(new Date(item.remindAt!), timeZone) }))
    .filter(({ day }) => day <= horizon)
    .sort((a, b) => a.day.localeCompare(b.day));
  const doneThisWeek = items.filter((item) => {
    if (item.status !== "done" || !item.statusChangedAt) return false;
    const day = dayIn(new Date(item.statusChangedAt), timeZone);
    return day >= monday && day <= sunday;
  }).length;
  return { reminders, doneThisWeek };
}
