import { describe, expect, it } from "vitest";
import { actionsLabel, activityHeatmap } from "@/domain/history";
import { intensityOf } from "@/domain/history/heatmap";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-11-05T10:00:00Z"); // Thursday

describe("activityHeatmap", () => {
  it("is a grid of 12 weeks × 7 days, Monday first, ending with the current week", () => {
    const map = activityHeatmap({ dates: [], now: NOW });
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks.every((week) => week.length === 7)).toBe(true);
    expect(map.start).toEqual(at("2026-08-17T00:00:00Z"));
    expect(map.end).toEqual(at("2026-11-08T00:00:00Z"));
    expect(map.weeks[0]![0]!.label).toBe("Mon 17 Aug: no actions");
  });

  it("counts actions per UTC day and labels every cell", () => {
    const map = activityHeatmap({
      now: NOW,
      dates: [at("2026-11-03T00:00:00Z"), at("2026-11-03T23:59:59Z"), at("2026-11-02T12:00:00Z")],
    });
    const week = map.weeks[11]!;
    expect(week[1]).toMatchObject({ count: 2, label: "Tue 3 Nov: 2 actions", intensity: 4, future: false });
    expect(week[0]).toMatchObject({ count: 1, label: "Mon 2 Nov: 1 action", intensity: 2 });
    expect(map).toMatchObject({ total: 3, activeDays: 2 });
    expect(map.busiest?.label).toBe("Tue 3 Nov: 2 actions");
  });

  it("marks the days after today as still to come, and counts nothing on them", () => {
    const map = activityHeatmap({ now: NOW, dates: [at("2026-11-06T09:00:00Z")] });
    const week = map.weeks[11]!;
    expect(week.map((d) => d.future)).toEqual([false, false, false, false, true, true, true]);
    expect(week[4]).toMatchObject({ count: 0, label: "Fri 6 Nov: still to come" });
    expect(map.total).toBe(0);
  });

  it("leaves out activity from before the grid", () => {
    const map = activityHeatmap({ now: NOW, dates: [at("2026-08-16T23:59:59Z"), at("2026-08-17T00:00:00Z")] });
    expect(map.total).toBe(1);
    expect(map.weeks[0]![0]!.count).toBe(1);
  });

  it("has no busiest day when there was no activity", () => {
    expect(activityHeatmap({ now: NOW, dates: [] }).busiest).toBeNull();
  });
});

describe("intensityOf", () => {
  it("is 0 without activity and 1–4 in proportion to the busiest day", () => {
    expect(intensityOf(0, 8)).toBe(0);
    expect(intensityOf(1, 8)).toBe(1);
    expect(intensityOf(2, 8)).toBe(1);
    expect(intensityOf(3, 8)).toBe(2);
    expect(intensityOf(6, 8)).toBe(3);
    expect(intensityOf(8, 8)).toBe(4);
    expect(intensityOf(1, 1)).toBe(4);
  });
});

describe("actionsLabel", () => {
  it("says no, one or many actions", () => {
    expect([0, 1, 2].map(actionsLabel)).toEqual(["no actions", "1 action", "2 actions"]);
  });
});
