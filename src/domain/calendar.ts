/**
 * Calendar arithmetic in the person's own IANA time zone, on Temporal (temporal-polyfill; see
 * docs/decisions/0025-temporal-for-calendar-arithmetic.md). A stored day is a "YYYY-MM-DD" PlainDate; a local
 * time (a reminder, the weekly digest, the start of a day, a snooze) is a ZonedDateTime, so daylight saving is
 * Temporal's job, not ours. Durations (token expiry, backoff, rate windows) stay instant + DAY_MS.
 * Server-side only in practice: the browser formats with Intl (src/domain/time-zone.ts) and never loads this
 * module (tests/unit/server-boundary.test.ts). Pure: every instant is passed in.
 */
import { Temporal } from "temporal-polyfill";

/** Monday = 1 … Sunday = 7 (ISO 8601, as Temporal numbers them). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const MONDAY: Weekday = 1;

function zoned(instant: Date, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone);
}

const toDate = (value: Temporal.ZonedDateTime): Date => new Date(value.epochMilliseconds);

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** Calendar days from `from` to `to` ("YYYY-MM-DD"), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** The weekday of a "YYYY-MM-DD" day. */
export function weekdayOf(day: string): Weekday {
  return Temporal.PlainDate.from(day).dayOfWeek as Weekday;
}

/** The most recent `weekday` on or before `day` (by default the Monday that starts its ISO week). */
export function weekStartOf(day: string, weekday: Weekday = MONDAY): string {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

/**
 * The instant the clock in `zone` shows `hour`:`minute` on `day`. A time that daylight saving skips moves
 * forward by the gap; one it repeats takes the earlier reading (Temporal's "compatible" choice).
 */
export function instantAt(day: string, zone: string, hour = 0, minute = 0): Date {
  const time = new Temporal.PlainTime(hour, minute);
  return toDate(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: zone, plainTime: time }));
}

/** The instant the day `instant` falls on began in `zone`: its local midnight, daylight saving included. */
export function startOfDayIn(instant: Date, zone: string): Date {
  return toDate(zoned(instant, zone).startOfDay());
}

/** `instant` moved by `days` days on the wall clock of `zone`: 08:00 stays 08:00 across a DST change. */
export function addLocalDays(instant: Date, days: number, zone: string): Date {
  return toDate(zoned(instant, zone).add({ days }));
}

/**
 * The instant whose UTC fields read what a wall clock in `zone` shows at `instant`. Feeding these to the
 * UTC-based chart code (src/domain/history) makes every day and week that code computes the person's own.
 */
export function wallClock(instant: Date, zone: string): Date {
  const local = zoned(instant, zone).toPlainDateTime();
  return new Date(local.toZonedDateTime("UTC").epochMilliseconds);
}
