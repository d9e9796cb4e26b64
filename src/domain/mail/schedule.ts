/**
 * When the weekly check-in is due: Monday 08:00 on the user's own clock. Pure: the caller passes the time
 * and the IANA zone ("UTC" until users have one). Temporal does the zone arithmetic, DST included.
 */
import { addDays, instantAt, MONDAY, weekStartOf } from "../calendar";
import { dayIn } from "../time-zone";

const DIGEST_WEEKDAY = MONDAY;
export const DIGEST_HOUR = 8;

/** The most recent Monday 08:00 in `timeZone` at or before `now`. */
export function weeklySlot(now: Date, timeZone: string): Date {
  const monday = weekStartOf(dayIn(now, timeZone), DIGEST_WEEKDAY);
  const slot = instantAt(monday, timeZone, DIGEST_HOUR);
  // Early on a Monday, this week's 08:00 is still ahead: the slot is last week's.
  return slot.getTime() <= now.getTime() ? slot : instantAt(addDays(monday, -7), timeZone, DIGEST_HOUR);
}

/** The digest for the slot `slot` is due when the user has not had it (nor opted in after it). */
export function digestDue(now: Date, timeZone: string, lastDigestAt: Date | null): { due: boolean; slot: Date } {
  const slot = weeklySlot(now, timeZone);
  return { due: lastDigestAt === null || lastDigestAt.getTime() < slot.getTime(), slot };
}
