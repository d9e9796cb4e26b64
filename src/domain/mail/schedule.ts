/**
 * When the weekly check-in is due: Monday 08:00 on the user's own clock. Pure: the caller passes the time
 * and the IANA zone ("UTC" until users have one). Intl does the zone arithmetic, DST included.
 */
import { instantOf, wallClockParts } from "../time-zone";

const DAY_MS = 24 * 60 * 60 * 1000;
export const DIGEST_WEEKDAY = 1; // Monday
export const DIGEST_HOUR = 8;

/** The most recent Monday 08:00 in `timeZone` at or before `now`. */
export function weeklySlot(now: Date, timeZone: string): Date {
  const local = wallClockParts(now, timeZone);
  const localDay = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const daysSinceMonday = (localDay.getUTCDay() - DIGEST_WEEKDAY + 7) % 7;
  for (const back of [daysSinceMonday, daysSinceMonday + 7]) {
    const monday = new Date(localDay.getTime() - back * DAY_MS);
    const slot = instantOf(
      { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate(), hour: DIGEST_HOUR, minute: 0, second: 0 },
      timeZone,
    );
    if (slot.getTime() <= now.getTime()) return slot;
  }
  throw new Error("unreachable: a Monday 08:00 within the last 14 days always exists");
}

/** The digest for the slot `slot` is due when the user has not had it (nor opted in after it). */
export function digestDue(now: Date, timeZone: string, lastDigestAt: Date | null): { due: boolean; slot: Date } {
  const slot = weeklySlot(now, timeZone);
  return { due: lastDigestAt === null || lastDigestAt.getTime() < slot.getTime(), slot };
}
