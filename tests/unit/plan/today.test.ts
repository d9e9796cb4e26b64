// The home page's today (src/domain/plan/today.ts): the week runs Monday to Sunday in the person's zone.
import { describe, expect, it } from "vitest";
import { todayAgenda, weekOf } from "@/domain/plan/today";

const item = (id: string, over: Partial<{ status: string; statusChangedAt: string | null; remindAt: string | null }> = {}) => ({
  id,
  title: id,
  status: "todo",
  statusChangedAt: null,
  remindAt: null,
  ...over,
});

describe("weekOf", () => {
  it("runs Monday to Sunday", () => {
    expect(weekOf("2026-12-03")).toEqual({ monday: "2026-11-30", sunday: "2026-12-06" }); // a Thursday
    expect(weekOf("2026-11-30")).toEqual({ monday: "2026-11-30", sunday: "2026-12-06" }); // the Monday
    expect(weekOf("2026-12-06")).toEqual({ monday: "2026-11-30", sunday: "2026-12-06" }); // the Sunday
  });
});

describe("todayAgenda", () => {
  it("counts steps done this week in the person's zone, not in UTC", () => {
    // Sunday 29 Nov 23:30 in UTC is already Monday 30 Nov in Auckland.
    const done = item("a", { status: "done", statusChangedAt: "2026-11-29T23:30:00.000Z" });
    expect(todayAgenda([done], "2026-12-01", "Pacific/Auckland").doneThisWeek).toBe(1);
    expect(todayAgenda([done], "2026-12-01", "UTC").doneThisWeek).toBe(0);
  });

  it("lists reminders up to six days ahead, soonest first, and none for finished steps", () => {
    const items = [
      item("later", { remindAt: "2026-12-09T08:00:00.000Z" }),
      item("soon", { remindAt: "2026-12-04T08:00:00.000Z" }),
      item("far", { remindAt: "2026-12-20T08:00:00.000Z" }),
      item("finished", { status: "done", remindAt: "2026-12-04T08:00:00.000Z" }),
    ];
    expect(todayAgenda(items, "2026-12-03", "UTC").reminders.map((r) => [r.item.id, r.day])).toEqual([
      ["soon", "2026-12-04"],
      ["later", "2026-12-09"],
    ]);
  });
});
