/**
 * One scale in words (src/domain/assessment/scale.ts): levels against targets, readiness band first, paths by
 * rank and words, and a headline that never promises strengths the result doesn't name.
 */
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/domain/assessment";
import { READINESS_BANDS, readinessBand } from "@/domain/assessment/readiness-band";
import { levelAgainstTarget, levelChange, pathStanding, readinessInWords, readinessMeaning } from "@/domain/assessment/scale";
import { makeInput } from "./fixtures";

/** Between jobs, with low ratings: the internal move is closed and no area is a strength. */
const DESIGNER_BETWEEN_JOBS = makeInput({
  currentRole: "designer",
  employment: "between_jobs",
  skills: { strategy: 1, customer_insight: 2, data: 1, technical: 1, execution: 2, communication: 2, leadership: 1, business: 1 },
});

describe("levels against targets", () => {
  it("says how far a level is from its target, in levels", () => {
    expect(levelAgainstTarget(2, 3)).toBe("level 2 of 5, target 3: one level to go");
    expect(levelAgainstTarget(1, 3)).toBe("level 1 of 5, target 3: two levels to go");
    expect(levelAgainstTarget(3, 3)).toBe("level 3 of 5, target 3: target met");
    expect(levelAgainstTarget(5, 3)).toBe("level 5 of 5, target 3: two levels above");
  });

  it("signs a change in levels", () => {
    expect(levelChange(1)).toBe("+1 level");
    expect(levelChange(-2)).toBe("−2 levels");
    expect(levelChange(0)).toBe("no change");
  });
});

describe("readiness", () => {
  it("puts the band word before the figure", () => {
    expect(readinessInWords(57)).toBe(`${readinessBand(57).label} (57 of 100)`);
  });

  it("promises real strengths only when there are some", () => {
    const building = READINESS_BANDS.find((b) => b.key === "building")!;
    expect(readinessMeaning(building, 1)).toMatch(/real strengths/);
    expect(readinessMeaning(building, 0)).not.toMatch(/strength/);
  });

  it("never contradicts the strengths box, for a result with none", () => {
    const result = scoreAssessment(DESIGNER_BETWEEN_JOBS);
    expect(result.strengths).toEqual([]);
    expect(readinessMeaning(readinessBand(result.readiness), result.strengths.length)).not.toMatch(/strength/);
  });
});

describe("path standing", () => {
  const path = { fit: 70, reasons: ["a"], cons: [] };

  it("names the rank in words, and the close call for the top two", () => {
    expect(pathStanding(path, 0, false).label).toBe("Best fit");
    expect(pathStanding(path, 1, false).label).toBe("Second");
    expect(pathStanding(path, 2, false).label).toBe("Third");
    expect(pathStanding(path, 0, true).label).toBe("Best fit (close call)");
    expect(pathStanding(path, 1, true).label).toBe("Close call");
    expect(pathStanding(path, 2, true).label).toBe("Third");
  });

  it("says why a closed path is not open, never a fit of 0", () => {
    const result = scoreAssessment(DESIGNER_BETWEEN_JOBS);
    const index = result.paths.findIndex((p) => p.path === "internal_move");
    const standing = pathStanding(result.paths[index]!, index, result.closeCall);
    expect(standing.label).toBe("Not open to you now");
    expect(standing.notOpen).toMatch(/^Not open to you now, because you're between jobs/);
  });
});
