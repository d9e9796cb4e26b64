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
  it("lists no gaps when every target is met, and every area at 3+ as a strength", () => {
    const result = scoreAssessment(makeInput({ skills: uniform(3) }));
    expect(result.gaps).toEqual([]);
    // All rated 3: strategy is furthest above its target (2), then the fixed area order.
    expect(result.strengths).toEqual(["strategy", ...SKILL_AREAS.filter((a) => a !== "strategy")]);
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
    expect(result.strengths).toEqual(["data", "customer_insight", "leadership", "strategy", "technical"]);
    expect(result.gaps).toEqual(["execution", "communication", "business"]);
  });
});

describe("paths", () => {
  it("closes the internal move when the company employs no PMs, whatever else is true", () => {
    const result = scoreAssessment(
      makeInput({
        company: { employsPMs: false, worksWithPMs: true, tenureYears: 10, managerSupport: "yes" },
        riskTolerance: 1,
        evidence: { ledCrossFunctional: true, sideProject: true, customerFacing: true },
        skills: uniform(5),
      }),
    );
    const internal = pathOf(result, "internal_move");
    expect(internal.fit).toBe(0);
    expect(internal.reasons).toHaveLength(1);
    expect(result.paths[2]).toBe(internal);
  });

  it("shows at most four reasons, the weightiest first", () => {
    const result = scoreAssessment(
      makeInput({
        company: { employsPMs: true, worksWithPMs: true, tenureYears: 6, managerSupport: "yes" },
        riskTolerance: 1,
        evidence: { ledCrossFunctional: true, sideProject: true, customerFacing: true },
        skills: uniform(4),
      }),
    );
    const internal = pathOf(result, "internal_move");
    expect(internal.reasons).toHaveLength(4);
    expect(internal.reasons[0]).toMatch(/work with them/); // +20
    expect(internal.reasons[1]).toMatch(/manager would back/); // +15
    expect(internal.fit).toBe(100);
  });

  it("falls back to a neutral reason when no answer moves a path much", () => {
    // Middle of every scale, readiness near 60, mid-career, PMs at work, manager unsure: nothing for or
    // against a junior role elsewhere.
    const result = scoreAssessment(makeInput({ skills: uniform(3), yearsExperience: 4 }));
    expect(result.readiness).toBe(71);
    expect(pathOf(result, "junior_pm").reasons).toEqual([
      "Nothing in your answers pulls strongly for or against a junior PM role at a new company.",
    ]);
  });

  it("tells the leader what could let another path catch up", () => {
    const result = scoreAssessment(makeInput({}));
    expect(result.recommendedPath.path).toBe("junior_pm");
    expect(result.recommendedPath.wouldChangeIf![0]).toMatch(
      /work(ing)? with your company's PMs.*an internal move could then fit you as well or better/,
    );
  });

  it("words years and counts naturally", () => {
    const r = scoreAssessment(
      makeInput({ yearsExperience: 0.4, company: { tenureYears: 1 }, wantsMentorship: 5, skills: skills(3, 2, 2, 2, 2, 2, 2, 2) }),
    );
    expect(pathOf(r, "junior_pm").reasons.join(" ")).toMatch(/With less than a year of work experience/);
    expect(pathOf(r, "internal_move").reasons.join(" ")).toMatch(/for 1 year,/);
    expect(pathOf(r, "startup").reasons.join(" ")).toMatch(/Only 1 of 8 skill areas is at 3/);
  });
});

describe("model fingerprint", () => {
  // A change here is a change to the model: update docs/scoring.md and bump MODEL_VERSION.
  it("is version 2026.11-1 and scores reference inputs as documented", () => {
    expect(MODEL_VERSION).toBe("2026.11-1");
    const summary = (r: AssessmentResult) => [r.readiness, ...r.paths.map((p) => `${p.path}:${p.fit}`)];
    expect(summary(scoreAssessment(makeInput({})))).toEqual([40, "junior_pm:45", "internal_move:29", "startup:14"]);
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
    ).toEqual([68, "internal_move:95", "junior_pm:43", "startup:29"]);
  });
});
