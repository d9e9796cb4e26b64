// Dates are the person's: the plan's header, phase dates and the Markdown export's "done on" dates are
// calendar days in the user's time zone, checked across a midnight at UTC−8 and UTC+13.
import { describe, expect, it } from "vitest";
import { planToMarkdown, type ExportPlan } from "@/domain/plan/export";
import { phaseOnIn, planDayIn } from "@/domain/plan/plan-days";
import { formatDay } from "@/domain/time-zone";

const LOS_ANGELES = "America/Los_Angeles"; // UTC−8 in winter
const TONGA = "Pacific/Tongatapu"; // UTC+13 all year

// 10 January 2026, 05:00 UTC: still 9 January (21:00) in Los Angeles, already 10 January (18:00) in Tonga.
const created = new Date("2026-01-10T05:00:00Z");

function plan(doneAt: Date): ExportPlan {
  return {
    id: "p1",
    path: "internal_move",
    createdAt: created,
    items: [
      {
        id: "i1",
        title: "Meet the PMs",
        why: "",
        detail: "",
        category: "networking",
        phase: 1,
        position: 0,
        status: "done",
        note: "",
        statusChangedAt: doneAt,
      },
    ],
  };
}

describe("a day is the user's", () => {
  it("formats an instant as the day it is in the zone", () => {
    expect(formatDay(created, "UTC")).toBe("10 January 2026");
    expect(formatDay(created, LOS_ANGELES)).toBe("9 January 2026");
    expect(formatDay(new Date("2026-01-10T11:30:00Z"), TONGA)).toBe("11 January 2026");
  });

  it("counts plan days by the user's midnights, not by 24-hour periods from the creation instant", () => {
    // Los Angeles: made at 21:00 on the 9th; at 01:00 on the 10th (09:00 UTC) it is day 2.
    expect(planDayIn(created, new Date("2026-01-10T09:00:00Z"), LOS_ANGELES)).toBe(2);
    expect(planDayIn(created, new Date("2026-01-10T09:00:00Z"), "UTC")).toBe(1);
    // Tonga: made at 18:00 on the 10th; at 00:30 on the 11th (11:30 UTC) it is day 2.
    expect(planDayIn(created, new Date("2026-01-10T11:30:00Z"), TONGA)).toBe(2);
    expect(planDayIn(created, new Date("2026-01-10T10:59:00Z"), TONGA)).toBe(1);
    // Day 31 starts the second phase at the user's midnight.
    const day31LosAngeles = new Date("2026-02-08T08:00:00Z"); // 8 February 00:00 in Los Angeles
    expect(planDayIn(created, day31LosAngeles, LOS_ANGELES)).toBe(31);
    expect(phaseOnIn(created, day31LosAngeles, LOS_ANGELES)).toBe(2);
    expect(phaseOnIn(created, new Date(day31LosAngeles.getTime() - 60_000), LOS_ANGELES)).toBe(1);
  });

  it("writes the Markdown export's dates in the user's zone (UTC−8 and UTC+13 across a midnight)", () => {
    // Ticked at 06:30 UTC on 12 January: 22:30 on the 11th in Los Angeles, 19:30 on the 12th in Tonga.
    const evening = plan(new Date("2026-01-12T06:30:00Z"));
    expect(planToMarkdown(evening, LOS_ANGELES)).toContain("Done on 11 January 2026.");
    expect(planToMarkdown(evening, LOS_ANGELES)).toContain("- **Started:** 9 January 2026");
    expect(planToMarkdown(evening, "UTC")).toContain("Done on 12 January 2026.");
    // Ticked at 11:15 UTC on 12 January: 00:15 on the 13th in Tonga.
    const afterMidnight = plan(new Date("2026-01-12T11:15:00Z"));
    expect(planToMarkdown(afterMidnight, TONGA)).toContain("Done on 13 January 2026.");
    expect(planToMarkdown(afterMidnight, TONGA)).toContain("- **Started:** 10 January 2026");
    expect(planToMarkdown(afterMidnight, "UTC")).toContain("Done on 12 January 2026.");
    // Without a zone the export keeps UTC, as before.
    expect(planToMarkdown(afterMidnight)).toBe(planToMarkdown(afterMidnight, "UTC"));
  });
});
