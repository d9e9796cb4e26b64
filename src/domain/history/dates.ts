/**
 * Day buckets for the history charts. The caller shifts every instant onto the person's wall clock first
 * (wallClock in src/domain/calendar.ts), so the UTC fields read here are their own day and week: a 24-hour
 * step is then always one calendar day. Weeks start on Monday (ISO 8601). Pure: callers pass every date in.
 */
import { DAY_MS } from "@/domain/duration";
export const WEEK_DAYS = 7;

const WEEKDAYS_FROM_MONDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Midnight UTC of the day `date` falls on. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: Date): number {
  return (date.getUTCDay() + 6) % 7;
}

/** Midnight UTC of the Monday of the week `date` falls in. */
export function startOfWeek(date: Date): Date {
  return addDays(startOfDay(date), -weekdayIndex(date));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days between two midnights (or any two instants: partial days are dropped). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** "Mon", "Tue", … */
export function weekdayName(date: Date): string {
  return WEEKDAYS_FROM_MONDAY[weekdayIndex(date)]!;
}

/** "Nov" */
export function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()]!;
}

/** "3 Nov" */
export function shortDate(date: Date): string {
  return `${date.getUTCDate()} ${monthName(date)}`;
}

/** "Tue 3 Nov" */
export function dayLabel(date: Date): string {
  return `${weekdayName(date)} ${shortDate(date)}`;
}
