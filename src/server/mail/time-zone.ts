// Which time zone a user's mail follows: the zone the workspace stored for them (their browser's), else UTC.
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/domain/time-zone";

/** The user's IANA time zone from their row; "UTC" until their browser has told us one. */
export function timeZoneOf(user: { timeZone?: string | null }): string {
  return user.timeZone && isTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE;
}
