import { describe, expect, it } from "vitest";
import { scoreAssessment, type AssessmentInput, type AssessmentResult } from "@/domain/assessment";
import { compareAssessments } from "@/domain/assessment/compare";
import { readinessBand, READINESS_BANDS } from "@/domain/assessment/readiness-band";

const BASE: AssessmentInput = {
  currentRole: "marketing",
  yearsExperience: 1,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "unsure" },
  riskTolerance: 1,
  wantsMentorship: 5,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 1, technical: 1, execution: 2, communication: 3, leadership: 2, business: 2 },
};

/** The same person a few months on: better skills, a side project, a company that now hires PMs. */
const LATER: AssessmentInput = {
  ...BASE,
  yearsExperience: 2,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 2, managerSupport: "yes" },
  evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: false },
  skills: { ...BASE.skills, data: 3, technical: 3, customer_insight: 3, execution: 3 },
};

describe("compareAssessments", () => {
  const before = scoreAssessment(BASE);
  const after = scoreAssessment(LATER);
  const changes = compareAssessments(before, after);

  it("reports the readiness delta", () => {
    expect(changes.readiness).toEqual({ from: before.readiness, to: after.readiness, delta: after.readiness - before.readiness });
    expect(changes.readiness.delta).toBeGreaterThan(0);
  });

  it("reports rating and score deltas for every area, in display order", () => {
    expect(changes.areas.map((a) => a.area)).toEqual(before.areas.map((a) => a.area));
    const data = changes.areas.find((a) => a.area === "data")!;
    expect(data).toMatchObject({ ratingFrom: 1, ratingTo: 3, ratingDelta: 2 });
    expect(data.scoreDelta).toBe(data.scoreTo - data.scoreFrom);
    expect(data.scoreDelta).toBeGreaterThan(0);
    const communication = changes.areas.find((a) => a.area === "communication")!;
    expect(communication).toMatchObject({ ratingDelta: 0, scoreDelta: 0 });
  });

  it("names the gaps closed and the new gaps", () => {
    expect(changes.gapsClosed).toEqual(["customer_insight", "data", "technical", "execution"]);
    expect(changes.newGaps).toEqual([]);
    const reversed = compareAssessments(after, before);
    expect(reversed.newGaps.sort()).toEqual(["customer_insight", "data", "execution", "technical"].sort());
    expect(reversed.gapsClosed).toEqual([]);
  });

  it("reports the recommendation moving from one path to another with the reasons that came and went", () => {
    expect(before.recommendedPath.path).toBe("junior_pm");
    expect(after.recommendedPath.path).toBe("internal_move");
    expect(changes.recommendation).toMatchObject({ from: "junior_pm", to: "internal_move", changed: true });
    expect(changes.recommendation.reasonsAppeared).toEqual(
      after.recommendedPath.reasons.filter((r) => !before.recommendedPath.reasons.includes(r)),
    );
    expect(changes.recommendation.reasonsDisappeared).toEqual(
      before.recommendedPath.reasons.filter((r) => !after.recommendedPath.reasons.includes(r)),
    );
    expect(changes.recommendation.reasonsAppeared.length).toBeGreaterThan(0);
  });

  it("tracks each path's fit and reasons in today's ranking order", () => {
    expect(changes.paths.map((p) => p.path)).toEqual(after.paths.map((p) => p.path));
    const internal = changes.paths.find((p) => p.path === "internal_move")!;
    expect(internal.fitTo).toBeGreaterThan(internal.fitFrom);
    expect(internal.fitDelta).toBe(internal.fitTo - internal.fitFrom);
    // The "no PMs here" reason is gone now that the company hires PMs.
    expect(internal.reasonsDisappeared.join(" ")).toMatch(/no product managers/);
  });

  it("finds nothing to report between identical results", () => {
    const same = compareAssessments(before, scoreAssessment(BASE));
    expect(same.readiness.delta).toBe(0);
    expect(same.areas.every((a) => a.ratingDelta === 0 && a.scoreDelta === 0)).toBe(true);
    expect(same.recommendation).toMatchObject({ changed: false, reasonsAppeared: [], reasonsDisappeared: [] });
    expect(same.paths.every((p) => p.fitDelta === 0 && p.reasonsAppeared.length === 0 && p.reasonsDisappeared.length === 0)).toBe(true);
    expect(same.gapsClosed).toEqual([]);
    expect(same.newGaps).toEqual([]);
    expect(same.modelChanged).toBe(false);
  });

  it("keeps the reasons' wording when the path stays the same", () => {
    const previous: AssessmentResult = { ...before, recommendedPath: { ...before.recommendedPath, reasons: ["A", "B"] } };
    const current: AssessmentResult = { ...before, recommendedPath: { ...before.recommendedPath, reasons: ["B", "C"] } };
    expect(compareAssessments(previous, current).recommendation).toEqual({
      from: before.recommendedPath.path,
      to: before.recommendedPath.path,
      changed: false,
      reasonsAppeared: ["C"],
      reasonsDisappeared: ["A"],
    });
  });

  it("skips areas and paths an older stored result lacks, and flags a model change", () => {
    const older: AssessmentResult = {
      ...before,
      areas: before.areas.filter((a) => a.area !== "business"),
      paths: before.paths.filter((p) => p.path !== "startup"),
      modelVersion: undefined,
    };
    const changed = compareAssessments(older, after);
    expect(changed.areas.map((a) => a.area)).not.toContain("business");
    expect(changed.areas).toHaveLength(7);
    expect(changed.paths.map((p) => p.path)).not.toContain("startup");
    expect(changed.modelChanged).toBe(true);
  });
});

describe("readinessBand", () => {
  it("maps each end of every band", () => {
    expect(readinessBand(0).label).toBe("Getting started");
    expect(readinessBand(39).label).toBe("Getting started");
    expect(readinessBand(40).label).toBe("Building");
    expect(readinessBand(64).label).toBe("Building");
    expect(readinessBand(65).label).toBe("Nearly ready");
    expect(readinessBand(79).label).toBe("Nearly ready");
    expect(readinessBand(80).label).toBe("Ready");
    expect(readinessBand(100).label).toBe("Ready");
  });

  it("lists bands lowest first, starting at 0", () => {
    expect(READINESS_BANDS[0]!.min).toBe(0);
    const mins = READINESS_BANDS.map((b) => b.min);
    expect([...mins].sort((a, b) => a - b)).toEqual(mins);
  });
});

describe("re-assessment says whether the model or the answers moved the path (model 3)", () => {
  /** A stored result as an older model left it: same shape, another path and version. */
  const storedAs = (r: AssessmentResult, path: AssessmentResult["recommendedPath"]["path"], modelVersion: string): AssessmentResult => {
    const first = r.paths.find((p) => p.path === path)!;
    return { ...r, paths: [first, ...r.paths.filter((p) => p !== first)], recommendedPath: first, modelVersion };
  };
  // An engineer at a product company without PMs: model 3 reads "product" and puts the internal move first.
  const ENGINEER: AssessmentInput = {
    ...BASE,
    currentRole: "software_engineer",
    yearsExperience: 4,
    company: { employsPMs: false, worksWithPMs: false, tenureYears: 2, managerSupport: "yes", kind: "product" },
    riskTolerance: 3,
    wantsMentorship: 3,
    evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
    skills: { strategy: 2, customer_insight: 3, data: 3, technical: 4, execution: 3, communication: 3, leadership: 3, business: 2 },
  };
  const today = scoreAssessment(ENGINEER);

  it("the same answers, another model and another path: the model changed", () => {
    expect(today.recommendedPath.path).toBe("internal_move");
    const old = storedAs(today, "junior_pm", "2026.11-2");
    const changes = compareAssessments(old, today, ENGINEER);
    expect(changes.modelChanged).toBe(true);
    expect(changes.recommendation).toMatchObject({ changed: true, cause: "model" });
  });

  it("answers that moved the path under today's model: the answers changed it", () => {
    const before = scoreAssessment(BASE);
    const old = { ...before, modelVersion: "2026.11-2" };
    const changes = compareAssessments(old, scoreAssessment(LATER), BASE);
    expect(changes.recommendation.changed).toBe(true);
    expect(changes.recommendation.cause).toBe("answers");
  });

  it("both: today's model gives a third path for the old answers", () => {
    const old = storedAs(scoreAssessment(BASE), "startup", "2026.11-2");
    const changes = compareAssessments(old, scoreAssessment(LATER), BASE);
    expect(scoreAssessment(BASE).recommendedPath.path).not.toBe("startup");
    expect(scoreAssessment(BASE).recommendedPath.path).not.toBe(changes.recommendation.to);
    expect(changes.recommendation.cause).toBe("both");
  });

  it("names no cause when the path didn't change, or when the old answers aren't given across models", () => {
    expect(compareAssessments(today, today, ENGINEER).recommendation.cause).toBeUndefined();
    expect(compareAssessments(storedAs(today, "junior_pm", "2026.11-2"), today).recommendation.cause).toBeUndefined();
  });
});
