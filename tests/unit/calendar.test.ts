// Calendar arithmetic on Temporal (src/domain/calendar.ts), in the zones the app is tested for: Los Angeles
// (UTC−8/−7, daylight saving from 8 March to 1 November 2026), Tonga (UTC+13, no daylight saving) and Auckland
// (UTC+12/+13, daylight saving until 5 April and from 27 September 2026). Every instant is written out: nothing
// here reads the clock or the machine's zone.
import { describe, expect, it } from "vitest";
import { assessmentOption, shortDateWithYear } from "@/components/history/assessment-names";
import { planDayText } from "@/components/plan/plan-dates";
import { formatDateTime } from "@/components/settings/format-time";
import { addDays, addLocalDays, daysBetween, instantAt, startOfDayIn, wallClock, weekdayOf, weekStartOf } from "@/domain/calendar";
import { activityHeatmap, weeklyCounts } from "@/domain/history";
import { weeklySlot } from "@/domain/mail/schedule";
import { phaseOnIn } from "@/domain/plan/plan-days";
import { phaseEndDay, planCalendarEvents, planToMarkdown, type ExportPlan } from "@/domain/plan/export";
import { startOfQuotaDay } from "@/domain/quotas";
import { snoozedUntil } from "@/domain/reminder/snooze";
import { dayIn, dayParts, formatDateTimeIn, formatDay, zoneOrUtc } from "@/domain/time-zone";

const LA = "America/Los_Angeles";
const TONGA = "Pacific/Tongatapu";
const AUCKLAND = "Pacific/Auckland";
const iso = (date: Date) => date.toISOString();

describe("days as PlainDates", () => {
  it("adds and counts calendar days across month, year and daylight-saving boundaries", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-11-02", "2026-10-31")).toBe(-2);
  });

  it("finds the Monday a week starts on", () => {
    expect(weekdayOf("2026-03-08")).toBe(7); // a Sunday
    expect(weekStartOf("2026-03-08")).toBe("2026-03-02");
    expect(weekStartOf("2026-03-09")).toBe("2026-03-09");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
  });
});

describe("local times as ZonedDateTimes, across daylight saving in both directions", () => {
  it("puts 08:00 on the clock of the zone, whatever its offset that day", () => {
    expect(iso(instantAt("2026-03-07", LA, 8))).toBe("2026-03-07T16:00:00.000Z"); // UTC−8
    expect(iso(instantAt("2026-03-08", LA, 8))).toBe("2026-03-08T15:00:00.000Z"); // UTC−7
    expect(iso(instantAt("2026-11-01", LA, 8))).toBe("2026-11-01T16:00:00.000Z"); // back to UTC−8
    expect(iso(instantAt("2026-04-05", AUCKLAND, 8))).toBe("2026-04-04T20:00:00.000Z"); // UTC+12
    expect(iso(instantAt("2026-09-27", AUCKLAND, 8))).toBe("2026-09-26T19:00:00.000Z"); // UTC+13
    expect(iso(instantAt("2026-07-01", TONGA, 8))).toBe("2026-06-30T19:00:00.000Z"); // UTC+13 all year
  });

  it("moves a skipped time forward and takes the earlier of a repeated one", () => {
    expect(iso(instantAt("2026-03-08", LA, 2, 30))).toBe("2026-03-08T10:30:00.000Z"); // 03:30 PDT
    expect(iso(instantAt("2026-11-01", LA, 1, 30))).toBe("2026-11-01T08:30:00.000Z"); // 01:30 PDT
  });

  it("starts each day at the zone's midnight", () => {
    expect(iso(startOfDayIn(new Date("2026-03-08T22:00:00Z"), LA))).toBe("2026-03-08T08:00:00.000Z");
    expect(iso(startOfDayIn(new Date("2026-11-01T22:00:00Z"), LA))).toBe("2026-11-01T07:00:00.000Z");
    expect(iso(startOfDayIn(new Date("2026-04-05T06:00:00Z"), AUCKLAND))).toBe("2026-04-04T11:00:00.000Z");
    expect(iso(startOfDayIn(new Date("2026-09-27T06:00:00Z"), AUCKLAND))).toBe("2026-09-26T12:00:00.000Z");
    expect(iso(startOfDayIn(new Date("2026-01-15T11:30:00Z"), TONGA))).toBe("2026-01-15T11:00:00.000Z");
  });

  it("reads the wall clock of the zone", () => {
    expect(iso(wallClock(new Date("2026-03-09T06:30:00Z"), LA))).toBe("2026-03-08T23:30:00.000Z");
    expect(iso(wallClock(new Date("2026-09-26T12:30:00Z"), AUCKLAND))).toBe("2026-09-27T00:30:00.000Z");
  });
});

describe("snoozing a reminder keeps its local time", () => {
  // The snooze runs before the reminder is due, so it moves from the reminder's own time.
  const before = (date: Date) => new Date(date.getTime() - 3_600_000);
  const cases: [zone: string, day: string, days: number, expected: string][] = [
    [LA, "2026-03-07", 1, "2026-03-08T15:00:00.000Z"], // spring forward: 08:00 PST → 08:00 PDT
    [LA, "2026-03-02", 7, "2026-03-09T15:00:00.000Z"],
    [LA, "2026-10-31", 1, "2026-11-01T16:00:00.000Z"], // fall back: 08:00 PDT → 08:00 PST
    [LA, "2026-10-26", 7, "2026-11-02T16:00:00.000Z"],
    [AUCKLAND, "2026-04-04", 1, "2026-04-04T20:00:00.000Z"], // 08:00 NZDT → 08:00 NZST
    [AUCKLAND, "2026-09-26", 1, "2026-09-26T19:00:00.000Z"], // 08:00 NZST → 08:00 NZDT
    [TONGA, "2026-12-31", 1, "2026-12-31T19:00:00.000Z"],
  ];
  it.each(cases)("%s: 08:00 on %s, snoozed %i day(s)", (zone, day, days, expected) => {
    const remindAt = instantAt(day, zone, 8);
    const snoozed = snoozedUntil(remindAt, before(remindAt), days, zone);
    expect(iso(snoozed)).toBe(expected);
    expect(dayIn(snoozed, zone)).toBe(addDays(day, days));
    expect(formatDateTimeIn(snoozed, zone)).toMatch(new RegExp(`, 08:00 ${zone}$`));
  });

  it("moves from now, at now's local time, once the reminder has gone out", () => {
    const now = new Date("2026-03-07T20:15:00Z"); // 12:15 PST
    expect(iso(snoozedUntil(new Date("2026-03-07T16:00:00Z"), now, 1, LA))).toBe("2026-03-08T19:15:00.000Z"); // 12:15 PDT
    expect(iso(addLocalDays(now, -1, LA))).toBe("2026-03-06T20:15:00.000Z");
  });
});

describe("the weekly check-in: Monday 08:00 on the person's clock", () => {
  it.each([
    [LA, "2026-03-09T15:30:00Z", "2026-03-09T15:00:00.000Z"], // first Monday of PDT
    [LA, "2026-03-09T14:59:00Z", "2026-03-02T16:00:00.000Z"], // 07:59 PDT: still last week's, in PST
    [LA, "2026-11-02T16:00:00Z", "2026-11-02T16:00:00.000Z"], // first Monday of PST
    [AUCKLAND, "2026-04-05T20:00:00Z", "2026-04-05T20:00:00.000Z"], // first Monday of NZST
    [AUCKLAND, "2026-09-27T19:00:00Z", "2026-09-27T19:00:00.000Z"], // first Monday of NZDT
    [TONGA, "2026-12-06T18:59:00Z", "2026-11-29T19:00:00.000Z"],
  ])("%s at %s → %s", (zone, now, slot) => {
    expect(iso(weeklySlot(new Date(now), zone))).toBe(slot);
  });
});

/**
 * Every date the app shows or emails, each at an instant whose day in the zone differs from its day in UTC,
 * on daylight-saving change days too. `day` is the person's day; each row renders the instant and says what
 * the person must read. Pages: the assessment, plan-update, plan, new-plan and history pages, the continuity
 * banner, the update preview, the shared plan (formatDay); the history pickers and comparison table
 * (shortDateWithYear); sign-ins and share links (formatDateTime); the heatmap and weekly chart; the plan's day
 * and phase. Exports: Markdown and .ics. Mail: the weekly check-in and reminders (their local time).
 */
describe("every date shown or emailed is the person's day", () => {
  const moments: [zone: string, instant: string, day: string][] = [
    [LA, "2026-01-16T01:30:00Z", "2026-01-15"], // 17:30 PST
    [LA, "2026-03-09T06:30:00Z", "2026-03-08"], // 23:30 on the spring-forward day
    [LA, "2026-11-02T07:30:00Z", "2026-11-01"], // 23:30 on the fall-back day
    [TONGA, "2026-01-15T11:30:00Z", "2026-01-16"], // 00:30, UTC+13
    [AUCKLAND, "2026-04-04T11:30:00Z", "2026-04-05"], // 00:30 NZDT on the day it ends
    [AUCKLAND, "2026-09-26T12:30:00Z", "2026-09-27"], // 00:30 NZST on the day it starts
    ["UTC", "2026-01-15T23:30:00Z", "2026-01-15"], // visitors and users with no zone yet
  ];
  // Expected text is written from the day alone, with a fixed UTC formatter, independent of the code under test.
  const utc = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  const long = (day: string) => utc(day, { day: "numeric", month: "long", year: "numeric" });
  const short = (day: string) => utc(day, { day: "numeric", month: "short", year: "numeric" });
  // The charts write months their own way ("Sep", where Intl's en-GB writes "Sept").
  const label = (day: string) => `${utc(day, { weekday: "short" })} ${Number(day.slice(8))} ${utc(day, { month: "long" }).slice(0, 3)}`;
  const mondayOf = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    return date.toISOString().slice(0, 10);
  };
  const plan = (createdAt: Date): ExportPlan => ({
    id: "p",
    path: "internal_move",
    createdAt,
    items: [
      {
        id: "i",
        title: "Ask a PM to lunch",
        why: "",
        detail: "",
        category: "networking",
        phase: 1,
        position: 0,
        status: "done",
        note: "",
        statusChangedAt: createdAt,
      },
    ],
  });

  const rows: [what: string, render: (at: Date, zone: string) => unknown, shows: (day: string) => unknown][] = [
    ["formatDay (pages, banner, preview, shared plan)", (at, zone) => formatDay(at, zone), long],
    ["history pickers and comparison table", (at, zone) => shortDateWithYear(at, zone), short],
    [
      "history picker option",
      (at, zone) => assessmentOption({ id: "a", number: 2, createdAt: at, readiness: 63 } as never, zone),
      (day) => `2 · ${short(day)} · Building`,
    ],
    ["sign-ins and share links", (at, zone) => formatDateTime(at, zone).split(",")[0], short],
    ["Markdown export: started", (at, zone) => planToMarkdown(plan(at), zone).match(/\*\*Started:\*\* (.*)/)?.[1], long],
    [
      "Markdown export: ends",
      (at, zone) => planToMarkdown(plan(at), zone).match(/\*\*Ends:\*\* (.*)/)?.[1],
      (day) => long(addDays(day, 90)),
    ],
    ["plan end (plan document)", (at, zone) => phaseEndDay(at, 3, zone), (day) => addDays(day, 90)],
    [".ics: a done step", (at, zone) => planCalendarEvents(plan(at), zone).at(-1)?.start, dayParts],
    [".ics: end of phase 1", (at, zone) => planCalendarEvents(plan(at), zone)[0]?.start, (day) => dayParts(addDays(day, 30))],
    [
      "heatmap square",
      (at, zone) => {
        const local = wallClock(at, zone);
        return activityHeatmap({ dates: [local], now: local })
          .weeks.flat()
          .find((cell) => cell.count > 0)
          ?.label.slice(0, label(dayIn(at, zone)).length);
      },
      label,
    ],
    [
      "weekly chart's week",
      (at, zone) => {
        const local = wallClock(at, zone);
        const week = weeklyCounts({ dates: [local], now: local, from: local }).weeks.find((w) => w.count > 0);
        return week && iso(week.start).slice(0, 10);
      },
      mondayOf,
    ],
    ["dashboard's week", (at, zone) => weekStartOf(dayIn(at, zone)), mondayOf],
    [
      "plan day 1 and phase 1 until the person's midnight",
      (at, zone) => [planDayText(at, at, zone), phaseOnIn(at, at, zone)],
      () => ["Day 1 of 90", 1],
    ],
    [
      "daily quotas start at the person's midnight",
      (at, zone) => formatDateTimeIn(startOfQuotaDay(at, zone), zone),
      (day) => `${short(day)}, 00:00`,
    ],
    [
      "a reminder email goes out at 08:00 on the chosen day",
      (at, zone) => formatDateTimeIn(instantAt(dayIn(at, zone), zone, 8), zone),
      (day) => `${short(day)}, 08:00`,
    ],
    [
      "the weekly check-in goes out on Monday 08:00",
      (at, zone) => formatDateTimeIn(weeklySlot(instantAt(mondayOf(dayIn(at, zone)), zone, 9), zone), zone),
      (day) => `${short(mondayOf(day))}, 08:00`,
    ],
  ];

  for (const [zone, instant, day] of moments) {
    const at = new Date(instant);
    it.each(rows)(`${zone}, ${instant}: %s`, (_what, render, shows) => {
      const rendered = render(at, zone);
      const expected = shows(day);
      if (typeof rendered === "string" && typeof expected === "string" && /\d{2}:\d{2}$/.test(expected)) {
        expect(rendered).toBe(`${expected} ${zone}`);
      } else {
        expect(rendered).toEqual(expected);
      }
    });
  }

  it("gives visitors and users whose browser has not reported a zone UTC", () => {
    expect(zoneOrUtc(null)).toBe("UTC");
    expect(zoneOrUtc("Not/A_Zone")).toBe("UTC");
    expect(zoneOrUtc(AUCKLAND)).toBe(AUCKLAND);
  });
});
