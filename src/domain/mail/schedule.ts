/**
 * When the weekly check-in is due: Monday 08:00 on the user's own clock. Pure: the caller passes the time
 * and the IANA zone ("UTC" until users have one). Intl does the zone arithmetic, DST included.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
export const DIGEST_WEEKDAY = 1; // Monday
export const DIGEST_HOUR = 8;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** The instant when the clock in `timeZone` shows `clock` (the later one if DST repeats it, a gap moves it forward). */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const target = asUtcMs(clock);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtcMs(wallClock(new Date(guess), timeZone)) - guess;
    guess = target - offset;
  }
  return new Date(guess);
}

/** The most recent Monday 08:00 in `timeZone` at or before `now`. */
export function weeklySlot(now: Date, timeZone: string): Date {
  const local = wallClock(now, timeZone);
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
