import { formatDateTimeIn } from "@/domain/time-zone";

/** "26 Nov 2026, 00:36 America/Los_Angeles": the user's wall clock, with their zone named. */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatDateTimeIn(date, timeZone);
}
