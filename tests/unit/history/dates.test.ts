import { describe, expect, it } from "vitest";
import { addDays, dayLabel, daysBetween, monthName, startOfDay, startOfWeek, weekdayIndex } from "@/domain/history/dates";

const at = (iso: string) => new Date(iso);

describe("history dates (UTC, weeks from Monday)", () => {
  it("starts a week on Monday at midnight UTC", () => {
    expect(startOfWeek(at("2026-11-03T15:20:00Z"))).toEqual(at("2026-11-02T00:00:00Z")); // Tuesday
    expect(startOfWeek(at("2026-11-02T00:00:00Z"))).toEqual(at("2026-11-02T00:00:00Z")); // Monday itself
    expect(startOfWeek(at("2026-11-08T23:59:59Z"))).toEqual(at("2026-11-02T00:00:00Z")); // Sunday
    expect(startOfWeek(at("2026-11-09T00:00:00Z"))).toEqual(at("2026-11-09T00:00:00Z")); // next Monday
  });

  it("crosses month and year ends", () => {
    expect(startOfWeek(at("2027-01-01T10:00:00Z"))).toEqual(at("2026-12-28T00:00:00Z"));
    expect(addDays(at("2026-02-27T00:00:00Z"), 2)).toEqual(at("2026-03-01T00:00:00Z"));
  });

  it("numbers weekdays from Monday", () => {
    expect(weekdayIndex(at("2026-11-02T12:00:00Z"))).toBe(0);
    expect(weekdayIndex(at("2026-11-08T12:00:00Z"))).toBe(6);
  });

  it("labels a day the way the heatmap reads it", () => {
    expect(dayLabel(at("2026-11-03T08:00:00Z"))).toBe("Tue 3 Nov");
    expect(dayLabel(at("2026-12-31T23:59:00Z"))).toBe("Thu 31 Dec");
    expect(monthName(at("2026-09-30T23:59:00Z"))).toBe("Sep");
  });

  it("counts whole days only", () => {
    expect(daysBetween(at("2026-11-01T12:00:00Z"), at("2026-11-02T11:59:59Z"))).toBe(0);
    expect(daysBetween(at("2026-11-01T12:00:00Z"), at("2026-11-02T12:00:00Z"))).toBe(1);
    expect(startOfDay(at("2026-11-01T23:00:00Z"))).toEqual(at("2026-11-01T00:00:00Z"));
  });
});
