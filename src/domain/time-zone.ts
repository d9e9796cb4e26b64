/**
 * Calendar days in the user's own IANA time zone (docs/decisions/0016-transition-workspace.md). Pure: every
 * instant is passed in. A "day" is a "YYYY-MM-DD" string, which compares and sorts as text.
 */

export const DEFAULT_TIME_ZONE = "UTC";
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the runtime knows `zone` as an IANA time-zone name (e.g. "America/Los_Angeles"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The calendar day `instant` falls on in `zone`. */
export function dayIn(instant: Date, zone: string): string {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Whether `text` is a real calendar day written "YYYY-MM-DD". */
export function isDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** [year, month, day] of a "YYYY-MM-DD" day (an all-day date in iCalendar terms). */
export function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y!, m!, d!];
}

const longDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** "3 March 2026" for a "YYYY-MM-DD" day. */
export function formatDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "3 March 2026": the day `instant` falls on in `zone`. */
export function formatDateIn(instant: Date, zone: string): string {
  return formatDay(dayIn(instant, zone));
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * "26 Nov 2026, 00:36 America/Los_Angeles" (or "… UTC"): the wall clock in `zone`, with the zone named so the
 * reader never has to guess. One fixed locale, so server and browser render the same text.
 */
export function formatDateTimeIn(instant: Date, zone: string): string {
  let formatter = dateTimeFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: zone,
    });
    dateTimeFormatters.set(zone, formatter);
  }
  return `${formatter.format(instant)} ${zone}`;
}

/** Calendar days from `from` to `to` ("YYYY-MM-DD"), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The zones offered in settings: the runtime's IANA list, with UTC and the current choice always present. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([DEFAULT_TIME_ZONE, current, ...known])].sort((a, b) =>
    a === DEFAULT_TIME_ZONE ? -1 : b === DEFAULT_TIME_ZONE ? 1 : a.localeCompare(b),
  );
}

/** What a wall clock in some zone reads: calendar fields, month 1–12, hour 0–23. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `zone` at `instant`. */
export function wallClockParts(instant: Date, zone: string): WallClock {
  const parts = Object.fromEntries(
    wallFormatter(zone)
      .formatToParts(instant)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/**
 * The instant whose UTC fields read what a wall clock in `zone` shows at `instant`. Feeding these to the
 * UTC-based calendar code (src/domain/history) makes every day and week that code computes the user's own.
 */
export function wallClock(instant: Date, zone: string): Date {
  return new Date(asUtcMs(wallClockParts(instant, zone)) + instant.getUTCMilliseconds());
}

/** The instant when the clock in `zone` shows `clock` (the later one if DST repeats it, a gap moves it forward). */
export function instantOf(clock: WallClock, zone: string): Date {
  const target = asUtcMs(clock);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtcMs(wallClockParts(new Date(guess), zone)) - guess;
    guess = target - offset;
  }
  return new Date(guess);
}

/** The instant the day `instant` falls on began in `zone`: its local midnight, daylight saving included. */
export function startOfDayIn(instant: Date, zone: string): Date {
  return instantOf({ ...wallClockParts(instant, zone), hour: 0, minute: 0, second: 0 }, zone);
}
