/**
 * Days in the user's own IANA time zone (docs/decisions/0016-transition-workspace.md), read and formatted with
 * Intl only, so the browser can load it. Pure: every instant is passed in. A "day" is a "YYYY-MM-DD" string,
 * which compares and sorts as text. Arithmetic on days and local times is in src/domain/calendar.ts.
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

/**
 * The zone a user's days follow: the one their browser reported and stored, when the runtime knows it; else
 * UTC (until the browser has told us, and for visitors). The one "zone or UTC" rule for pages and mail alike.
 */
export function zoneOrUtc(stored: string | null | undefined): string {
  return stored && isTimeZone(stored) ? stored : DEFAULT_TIME_ZONE;
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

/** [year, month, day] of a "YYYY-MM-DD" day (an all-day date in iCalendar terms). */
export function dayParts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y!, m!, d!];
}

const longDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/**
 * "3 March 2026": a stored "YYYY-MM-DD" day as written, or the day `instant` falls on in `zone` (the person's
 * zone; "UTC" for visitors). One fixed locale, so server and browser render the same text.
 */
export function formatDay(day: string): string;
export function formatDay(instant: Date, zone: string): string;
export function formatDay(value: string | Date, zone?: string): string {
  const day = typeof value === "string" ? value : dayIn(value, zone ?? DEFAULT_TIME_ZONE);
  return longDay.format(new Date(`${day}T00:00:00Z`));
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

/** The zones offered in settings: the runtime's IANA list, with UTC and the current choice always present. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([DEFAULT_TIME_ZONE, current, ...known])].sort((a, b) =>
    a === DEFAULT_TIME_ZONE ? -1 : b === DEFAULT_TIME_ZONE ? 1 : a.localeCompare(b),
  );
}
