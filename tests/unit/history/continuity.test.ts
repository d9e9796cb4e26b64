import { describe, expect, it } from "vitest";
import { continuityAdvice, daysAgo, REASSESS_AFTER_DAYS } from "@/domain/history";
import { REASSESS_AT_PERCENT } from "@/domain/history/continuity";

const LAST = new Date("2026-10-01T09:00:00Z");
const daysLater = (days: number, extraMs = 0) => new Date(LAST.getTime() + days * 86_400_000 + extraMs);

describe("continuityAdvice", () => {
  it("uses a 30-day and an 80% threshold", () => {
    expect(REASSESS_AFTER_DAYS).toBe(30);
    expect(REASSESS_AT_PERCENT).toBe(80);
  });

  it("does not suggest re-assessing after 29 days, and does after 30", () => {
    const at29 = continuityAdvice({ lastAssessmentAt: LAST, planPercent: 10, now: daysLater(30, -1) });
    expect(at29).toMatchObject({ daysSinceAssessment: 29, suggestReassess: false, reasons: [] });
    const at30 = continuityAdvice({ lastAssessmentAt: LAST, planPercent: 10, now: daysLater(30) });
    expect(at30).toMatchObject({ daysSinceAssessment: 30, suggestReassess: true, reasons: ["time"] });
  });

  it("does not suggest re-assessing at 79% of the plan, and does at 80%", () => {
    const now = daysLater(5);
    expect(continuityAdvice({ lastAssessmentAt: LAST, planPercent: 79, now })).toMatchObject({ suggestReassess: false });
    expect(continuityAdvice({ lastAssessmentAt: LAST, planPercent: 80, now })).toMatchObject({
      suggestReassess: true,
      reasons: ["progress"],
    });
  });

  it("gives both reasons, time first", () => {
    expect(continuityAdvice({ lastAssessmentAt: LAST, planPercent: 100, now: daysLater(45) }).reasons).toEqual(["time", "progress"]);
  });

  it("ignores progress when there is no plan, and never counts negative days", () => {
    const result = continuityAdvice({ lastAssessmentAt: LAST, planPercent: null, now: daysLater(-2) });
    expect(result).toMatchObject({ daysSinceAssessment: 0, suggestReassess: false });
  });

  it("flags a plan that follows another path than the latest recommendation", () => {
    const base = { lastAssessmentAt: LAST, planPercent: 0, now: daysLater(1) };
    expect(continuityAdvice({ ...base, recommendedPath: "internal_move", planPath: "junior_pm" }).pathDiffers).toBe(true);
    expect(continuityAdvice({ ...base, recommendedPath: "internal_move", planPath: "internal_move" }).pathDiffers).toBe(false);
    expect(continuityAdvice({ ...base, recommendedPath: "internal_move", planPath: null }).pathDiffers).toBe(false);
  });
});

describe("daysAgo", () => {
  it("reads naturally", () => {
    expect([0, 1, 12].map(daysAgo)).toEqual(["today", "yesterday", "12 days ago"]);
  });
});
