/**
 * The scoring formulas, example by example: area scores, readiness, strengths and gaps ordering, path
 * rules and wording. docs/scoring.md describes the same numbers.
 */
import { describe, expect, it } from "vitest";
import {
  AREA_WEIGHTS,
  MODEL_VERSION,
  SKILL_AREAS,
  computeReadiness,
  rawAreaScore,
  scoreAssessment,
  type AssessmentResult,
  type TransitionPath,
} from "@/domain/assessment";
import { makeInput, skills } from "./fixtures";

const pathOf = (r: AssessmentResult, path: TransitionPath) => r.paths.find((p) => p.path === path)!;
const uniform = (level: number) => skills(...SKILL_AREAS.map(() => level));

describe("area score", () => {
  it("rises steeply to 80 at the target, then gently to 100 at level 5", () => {
    expect([1, 2, 3, 4, 5].map((r) => rawAreaScore(r, 3))).toEqual([0, 40, 80, 90, 100]);
    expect([1, 2, 3, 4, 5].map((r) => Math.round(rawAreaScore(r, 2)))).toEqual([0, 80, 87, 93, 100]);
  });

  it("is reported per area with rating, target, gap and the rounded score", () => {
    const result = scoreAssessment(makeInput({ skills: skills(1, 2, 3, 4, 5, 3, 3, 3) }));
    expect(result.areas.slice(0, 5)).toEqual([
      { area: "strategy", rating: 1, target: 2, gap: 1, score: 0 },
      { area: "customer_insight", rating: 2, target: 3, gap: 1, score: 40 },
      { area: "data", rating: 3, target: 3, gap: 0, score: 80 },
      { area: "technical", rating: 4, target: 3, gap: 0, score: 90 },
      { area: "execution", rating: 5, target: 3, gap: 0, score: 100 },
    ]);
  });
});

describe("readiness", () => {
  const nothing = { sideProject: false, ledCrossFunctional: false, customerFacing: false };
  const everything = { sideProject: true, ledCrossFunctional: true, customerFacing: true };

  it("is 0 with no exposure, no evidence and no experience", () => {
    expect(computeReadiness(makeInput({ skills: uniform(1), evidence: nothing, yearsExperience: 0 }))).toBe(0);
  });

  it("is 100 only with every skill at 5, all evidence and five or more years", () => {
    expect(computeReadiness(makeInput({ skills: uniform(5), evidence: everything, yearsExperience: 5 }))).toBe(100);
    expect(computeReadiness(makeInput({ skills: uniform(5), evidence: everything, yearsExperience: 3 }))).toBe(99);
    expect(computeReadiness(makeInput({ skills: uniform(5), evidence: nothing, yearsExperience: 50 }))).toBe(88);
  });

  it("is 68 when every area is exactly at target with nothing else to show (85 × 0.8)", () => {
    const atTarget = skills(2, 3, 3, 3, 3, 3, 3, 3);
    expect(computeReadiness(makeInput({ skills: atTarget, evidence: nothing, yearsExperience: 0 }))).toBe(68);
  });

  it("gives modest, fixed credit for evidence and experience", () => {
    const base = { skills: skills(2, 3, 3, 3, 3, 3, 3, 3), yearsExperience: 0 };
    const r = (o: object) => computeReadiness(makeInput({ ...base, ...o }));
    expect(r({ evidence: { ...nothing, sideProject: true } })).toBe(73);
    expect(r({ evidence: { ...nothing, ledCrossFunctional: true } })).toBe(73);
    expect(r({ evidence: everything })).toBe(81); // 68 + 12.5 = 80.5, rounded half up
    expect(r({ evidence: nothing, yearsExperience: 30 })).toBe(71); // 68 + 2.5 → 70.5 → 71
  });

  it("weighs customer insight, execution and communication more", () => {
    const raise = (area: string) =>
      computeReadiness(makeInput({ skills: { ...uniform(2), [area]: 3 }, evidence: nothing, yearsExperience: 0 }));
    expect(raise("customer_insight")).toBeGreaterThan(raise("data"));
    expect(AREA_WEIGHTS.execution).toBeGreaterThan(AREA_WEIGHTS.business);
  });
});

describe("strengths and gaps", () => {
  it("lists no gaps when every target is met, and only areas above their target as strengths", () => {
    const result = scoreAssessment(makeInput({ skills: uniform(3) }));
    expect(result.gaps).toEqual([]);
    // All rated 3: only strategy (target 2) is above its target; meeting a target is not a strength.
    expect(result.strengths).toEqual(["strategy"]);
  });

  it("names at most three strengths", () => {
    expect(scoreAssessment(makeInput({ skills: uniform(5) })).strengths).toEqual(["strategy", "customer_insight", "data"]);
  });

  it("does not call strategy at 2 a strength, though it meets the entry-level target", () => {
    const result = scoreAssessment(makeInput({ skills: uniform(2) }));
    expect(result.strengths).toEqual([]);
    expect(result.gaps).not.toContain("strategy");
  });

  it("orders gaps by size, then by weight, then by the fixed area order", () => {
    const result = scoreAssessment(makeInput({ skills: uniform(1) }));
    expect(result.gaps).toEqual([
      "customer_insight",
      "execution",
      "communication",
      "data",
      "technical",
      "leadership",
      "business",
      "strategy",
    ]);
  });

  it("orders strengths by rating first", () => {
    const result = scoreAssessment(makeInput({ skills: skills(3, 4, 5, 3, 1, 1, 4, 2) }));
    expect(result.strengths).toEqual(["data", "customer_insight", "leadership"]);
    expect(result.gaps).toEqual(["execution", "communication", "business"]);
  });
});

describe("paths", () => {
  it("makes the internal move 'be the first product person here' without PMs, weighed by manager and evidence", () => {
    const firstPM = (managerSupport: "yes" | "no", size?: "under_50" | "over_500") =>
      pathOf(
        scoreAssessment(
          makeInput({
            company: { employsPMs: false, worksWithPMs: false, tenureYears: 4, managerSupport, ...(size ? { size } : {}) },
            riskTolerance: 1,
            evidence: { ledCrossFunctional: true, sideProject: true, customerFacing: true },
            skills: uniform(5),
          }),
        ),
        "internal_move",
      );
    const backed = firstPM("yes");
    expect(backed.fit).toBe(84);
    expect(backed.cons.join(" ")).toMatch(/creating the first product role/);
    expect(backed.pros.join(" ")).toMatch(/new product role needs exactly that sponsor/);
    expect(firstPM("no").fit).toBeLessThan(backed.fit - 30);
    expect(firstPM("yes", "under_50").fit).toBeGreaterThan(firstPM("yes", "over_500").fit);
  });

  it("shows at most four pros and three cons, the weightiest first, pros before cons", () => {
    const result = scoreAssessment(
      makeInput({
        company: { employsPMs: true, worksWithPMs: true, tenureYears: 6, managerSupport: "yes" },
        riskTolerance: 1,
        evidence: { ledCrossFunctional: true, sideProject: true, customerFacing: true },
        skills: uniform(4),
      }),
    );
    const internal = pathOf(result, "internal_move");
    expect(internal.pros).toHaveLength(4);
    expect(internal.pros[0]).toMatch(/work with them/); // +20
    expect(internal.pros[1]).toMatch(/manager would back/); // +15
    expect(internal.reasons).toEqual([...internal.pros, ...internal.cons]);
    expect(internal.fit).toBe(100);
  });

  it("never puts a reason against a path under its pros", () => {
    const senior = scoreAssessment(makeInput({ yearsExperience: 12, skills: uniform(4), wantsMentorship: 5 }));
    expect(pathOf(senior, "junior_pm").cons.join(" ")).toMatch(/step back/);
    expect(pathOf(senior, "junior_pm").pros.join(" ")).not.toMatch(/step back/);
    // Model 3: the experience that used to count against associate roles now earns a full PM role.
    expect(pathOf(senior, "junior_pm").cons.join(" ")).not.toMatch(/full PM roles/);
  });

  it("gives the leader a pro even when no single answer pulls for it", () => {
    const result = scoreAssessment(makeInput({}));
    expect(result.recommendedPath.path).toBe("junior_pm");
    expect(result.recommendedPath.pros).toEqual([
      "A junior or associate role teaches the job with structure and mentoring, and doesn't expect product experience you don't have yet.",
    ]);
  });

  it("tells the leader what could let another path catch up", () => {
    const result = scoreAssessment(makeInput({}));
    expect(result.recommendedPath.wouldChangeIf![0]).toMatch(
      /work(ing)? with your company's PMs.*an internal move could then fit you better/,
    );
  });

  it("words years and counts naturally", () => {
    const r = scoreAssessment(
      makeInput({ yearsExperience: 0.4, company: { tenureYears: 0 }, wantsMentorship: 5, skills: skills(3, 2, 2, 2, 2, 2, 2, 2) }),
    );
    expect(pathOf(r, "junior_pm").reasons.join(" ")).toMatch(/With less than a year of work experience/);
    expect(pathOf(r, "internal_move").reasons.join(" ")).toMatch(/for less than a year;/);
    expect(pathOf(r, "startup").reasons.join(" ")).toMatch(/Only 1 of 8 skill areas is at 3/);
  });
});

describe("model fingerprint", () => {
  // A change here is a change to the model: update docs/scoring.md and bump MODEL_VERSION.
  it("is version 2026.12-3 and scores reference inputs as documented", () => {
    expect(MODEL_VERSION).toBe("2026.12-3");
    const summary = (r: AssessmentResult) => [r.readiness, ...r.paths.map((p) => `${p.path}:${p.fit}`)];
    expect(summary(scoreAssessment(makeInput({})))).toEqual([40, "junior_pm:35", "internal_move:20", "startup:12"]);
    expect(
      summary(
        scoreAssessment(
          makeInput({
            company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "yes" },
            riskTolerance: 2,
            evidence: { ledCrossFunctional: true },
            skills: skills(2, 2, 3, 5, 3, 3, 3, 2),
            yearsExperience: 6,
          }),
        ),
      ),
    ).toEqual([68, "internal_move:96", "junior_pm:55", "startup:34"]);
  });
});
