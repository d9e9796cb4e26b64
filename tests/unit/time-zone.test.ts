// Days are the user's: a user at UTC−8 and one at UTC+13, each across a midnight, for every day and week
// the app shows or exports (heatmap, weekly completions, follow-ups, overdue, .ics).
import { describe, expect, it } from "vitest";
import { followUpError, followUpsOn } from "@/domain/application";
import { followUpEvents } from "@/domain/application/calendar";
import { activityHeatmap, weeklyCounts } from "@/domain/history";
import { planCalendarEvents } from "@/domain/plan/export";
import { formatDateTime } from "@/components/settings/format-time";
import { addDays, startOfDayIn, wallClock } from "@/domain/calendar";
import { dayIn, formatDay, formatDateTimeIn, isDay, isTimeZone } from "@/domain/time-zone";
import { startOfQuotaDay } from "@/domain/quotas";

const LA = "America/Los_Angeles"; // UTC−8 in January
const TONGA = "Pacific/Tongatapu"; // UTC+13

describe("calendar days in the user's time zone", () => {
  // 01:30 UTC on Friday 16 January: still Thursday the 15th evening in Los Angeles.
  const lateInLa = new Date("2026-01-16T01:30:00Z");
  // 11:30 UTC on Thursday 15 January: already Friday the 16th, 00:30, in Tonga.
  const earlyInTonga = new Date("2026-01-15T11:30:00Z");

  it("puts an instant on the user's own day on both sides of a midnight", () => {
    expect(dayIn(lateInLa, "UTC")).toBe("2026-01-16");
    expect(dayIn(lateInLa, LA)).toBe("2026-01-15");
    expect(dayIn(earlyInTonga, "UTC")).toBe("2026-01-15");
    expect(dayIn(earlyInTonga, TONGA)).toBe("2026-01-16");
  });

  it("finds the instant the user's day began, on both sides of a midnight and across daylight saving", () => {
    expect(startOfDayIn(lateInLa, LA).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(startOfDayIn(lateInLa, "UTC").toISOString()).toBe("2026-01-16T00:00:00.000Z");
    expect(startOfDayIn(earlyInTonga, TONGA).toISOString()).toBe("2026-01-15T11:00:00.000Z");
    // 8 March 2026: Los Angeles moves from UTC−8 to UTC−7 at 02:00; the day still began at 08:00 UTC.
    expect(startOfDayIn(new Date("2026-03-08T22:00:00Z"), LA).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    // The day after begins at 07:00 UTC.
    expect(startOfDayIn(new Date("2026-03-09T06:59:00Z"), LA).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(startOfDayIn(new Date("2026-03-09T07:00:00Z"), LA).toISOString()).toBe("2026-03-09T07:00:00.000Z");
    // The daily quotas count from the user's own midnight.
    expect(startOfQuotaDay(lateInLa, LA)).toEqual(startOfDayIn(lateInLa, LA));
  });

  it("reads the wall clock of the zone", () => {
    expect(wallClock(lateInLa, LA).toISOString()).toBe("2026-01-15T17:30:00.000Z");
    expect(wallClock(earlyInTonga, TONGA).toISOString()).toBe("2026-01-16T00:30:00.000Z");
  });

  it("counts a heatmap square on the user's day (UTC−8 ticks at 17:30 → Thursday, not Friday)", () => {
    const nowLa = wallClock(new Date("2026-01-17T02:00:00Z"), LA);
    const heatmap = activityHeatmap({ dates: [wallClock(lateInLa, LA)], now: nowLa });
    const cells = heatmap.weeks.flat().filter((d) => d.count > 0);
    expect(cells.map((d) => d.label)).toEqual([expect.stringMatching(/^Thu 15 Jan/)]);

    const nowTonga = wallClock(new Date("2026-01-16T02:00:00Z"), TONGA);
    const tonga = activityHeatmap({ dates: [wallClock(earlyInTonga, TONGA)], now: nowTonga });
    expect(
      tonga.weeks
        .flat()
        .filter((d) => d.count > 0)
        .map((d) => d.label),
    ).toEqual([expect.stringMatching(/^Fri 16 Jan/)]);
  });

  it("counts a completion late on Sunday in its own week, not the next (UTC−8)", () => {
    // 03:00 UTC on Monday 19 January is 19:00 on Sunday the 18th in Los Angeles.
    const sundayEvening = new Date("2026-01-19T03:00:00Z");
    const start = wallClock(new Date("2026-01-12T18:00:00Z"), LA);
    const weeks = weeklyCounts({
      dates: [wallClock(sundayEvening, LA)],
      now: wallClock(new Date("2026-01-20T18:00:00Z"), LA),
      from: start,
    });
    const utcWeeks = weeklyCounts({
      dates: [sundayEvening],
      now: new Date("2026-01-20T18:00:00Z"),
      from: new Date("2026-01-12T18:00:00Z"),
    });
    expect(weeks.weeks.map((w) => w.count)).toEqual([1, 0]);
    expect(utcWeeks.weeks.map((w) => w.count)).toEqual([0, 1]);
  });

  it("makes a follow-up overdue only once the user's own day has passed (UTC+13)", () => {
    const followUp = { id: "a", company: "Acme", roleTitle: "APM", stage: "applied" as const, followUpOn: "2026-01-15" };
    expect(followUpsOn([followUp], dayIn(earlyInTonga, TONGA)).overdue).toHaveLength(1);
    expect(followUpsOn([followUp], dayIn(earlyInTonga, "UTC")).overdue).toHaveLength(0);
    expect(followUpsOn([followUp], dayIn(lateInLa, LA)).overdue).toHaveLength(0);
    expect(followUpsOn([{ ...followUp, stage: "rejected" }], "2030-01-01").overdue).toHaveLength(0);
  });

  it("checks 'not before created' against the user's day", () => {
    // Added at 17:30 on the 15th in Los Angeles: a follow-up on the 15th is fine there, though UTC says the 16th.
    expect(followUpError("2026-01-15", dayIn(lateInLa, LA))).toBeNull();
    expect(followUpError("2026-01-15", dayIn(lateInLa, "UTC"))).not.toBeNull();
  });

  it("exports plan milestones and follow-ups on the user's days", () => {
    const plan = { id: "p", path: "junior_pm" as const, createdAt: earlyInTonga, items: [] };
    const [utcEnd] = planCalendarEvents(plan, "UTC");
    const [tongaEnd] = planCalendarEvents(plan, TONGA);
    expect(utcEnd!.start).toEqual([2026, 2, 14]);
    expect(tongaEnd!.start).toEqual([2026, 2, 15]);
    const [event] = followUpEvents([{ id: "a", company: "Acme", roleTitle: "APM", stage: "applied", followUpOn: "2026-01-31" }]);
    expect(event).toMatchObject({ start: [2026, 1, 31], end: [2026, 2, 1] });
  });

  it("validates zones and days", () => {
    expect(isTimeZone(LA)).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2028-02-29")).toBe(true);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("shows dates and times the app prints (settings, /plan/new, the no-plan dashboard, the shared page) in the zone", () => {
    // Settings: sign-ins, share links' created/expires/revoked, mentors' ratings.
    expect(formatDateTimeIn(lateInLa, "UTC")).toBe("16 Jan 2026, 01:30 UTC");
    expect(formatDateTime(lateInLa, LA)).toBe("15 Jan 2026, 17:30 America/Los_Angeles");
    expect(formatDateTime(earlyInTonga, TONGA)).toBe("16 Jan 2026, 00:30 Pacific/Tongatapu");
    expect(formatDateTime(earlyInTonga, "UTC")).toBe("15 Jan 2026, 11:30 UTC");
    // The assessment's and the plan's day on /plan/new and the dashboard.
    expect(formatDay(lateInLa, "UTC")).toBe("16 January 2026");
    expect(formatDay(lateInLa, LA)).toBe("15 January 2026");
    expect(formatDay(earlyInTonga, TONGA)).toBe("16 January 2026");
    // "The link works until": the owner's day, like the rest of the shared plan.
    expect(formatDay(earlyInTonga, "UTC")).toBe("15 January 2026");
    expect(formatDay(earlyInTonga, TONGA)).toBe("16 January 2026");
  });
});
