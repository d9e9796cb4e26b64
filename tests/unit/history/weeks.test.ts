import { describe, expect, it } from "vitest";
import { busiestWeek, weeklyCounts } from "@/domain/history";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-11-05T10:00:00Z"); // Thursday; its week starts Monday 2 Nov

describe("weeklyCounts", () => {
  it("shows the last 12 weeks by default, oldest first, ending with the current week", () => {
    const { weeks } = weeklyCounts({ dates: [], now: NOW });
    expect(weeks).toHaveLength(12);
    expect(weeks[11]!.start).toEqual(at("2026-11-02T00:00:00Z"));
    expect(weeks[0]!.start).toEqual(at("2026-08-17T00:00:00Z"));
  });

  it("puts each date in its Monday–Sunday week", () => {
    const { weeks, total } = weeklyCounts({
      now: NOW,
      maxWeeks: 3,
      dates: [
        at("2026-10-19T00:00:00Z"), // Monday, first second of the oldest week
        at("2026-10-25T23:59:59Z"), // Sunday, last second of it
        at("2026-10-26T00:00:00Z"),
        at("2026-11-05T09:00:00Z"),
        at("2026-11-05T09:30:00Z"),
      ],
    });
    expect(weeks.map((w) => w.count)).toEqual([2, 1, 2]);
    expect(total).toBe(5);
  });

  it("starts at the week of `from` when that is more recent than the cap", () => {
    const { weeks } = weeklyCounts({ dates: [], now: NOW, from: at("2026-10-28T12:00:00Z") });
    expect(weeks.map((w) => w.start)).toEqual([at("2026-10-26T00:00:00Z"), at("2026-11-02T00:00:00Z")]);
  });

  it("never goes further back than maxWeeks, and counts what falls before separately", () => {
    const result = weeklyCounts({
      dates: [at("2026-01-05T10:00:00Z"), at("2026-11-03T10:00:00Z")],
      now: NOW,
      from: at("2025-12-01T00:00:00Z"),
      maxWeeks: 4,
    });
    expect(result.weeks).toHaveLength(4);
    expect(result).toMatchObject({ earlier: 1, total: 1 });
  });

  it("shows the current week even when `from` is in the future, and ignores dates after this week", () => {
    const result = weeklyCounts({ dates: [at("2026-11-09T00:00:00Z")], now: NOW, from: at("2027-01-01T00:00:00Z") });
    expect(result.weeks).toEqual([{ start: at("2026-11-02T00:00:00Z"), count: 0 }]);
    expect(result.total).toBe(0);
  });

  it("names the busiest week, the earliest on a tie, and none when all are empty", () => {
    const weeks = [
      { start: at("2026-10-19T00:00:00Z"), count: 1 },
      { start: at("2026-10-26T00:00:00Z"), count: 3 },
      { start: at("2026-11-02T00:00:00Z"), count: 3 },
    ];
    expect(busiestWeek(weeks)).toBe(weeks[1]);
    expect(busiestWeek(weeks.map((w) => ({ ...w, count: 0 })))).toBeNull();
  });
});
