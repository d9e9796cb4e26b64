/**
 * Properties of scoreAssessment over the whole valid input space (fast-check). These are the promises
 * in the assessment contract (shared product brief) plus the model's own invariants.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Thousands of scored inputs per property: allow for a busy shared machine.
vi.setConfig({ testTimeout: 60_000 });
import {
  BACKGROUNDS,
  MODEL_VERSION,
  PATHS,
  PATH_TIE_ORDER,
  SKILL_AREAS,
  SKILL_MODEL,
  assessmentInputSchema,
  scoreAssessment,
  type AssessmentInput,
  type AssessmentResult,
  type TransitionPath,
} from "@/domain/assessment";
import { areaArb, inputArb } from "./fixtures";

const RUNS = { numRuns: 1000 };
const isInt0to100 = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;
const fitOf = (r: AssessmentResult, path: TransitionPath) => r.paths.find((p) => p.path === path)!.fit;

describe("the input arbitrary", () => {
  it("only produces inputs the schema accepts", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(assessmentInputSchema.safeParse(input).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("determinism", () => {
  it("gives the same result for the same answers, and does not touch the input", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = structuredClone(input);
        const first = scoreAssessment(input);
        expect(input).toEqual(before);
        expect(scoreAssessment(structuredClone(input))).toEqual(first);
      }),
      RUNS,
    );
  });

  it("gives the same result after a JSON round trip (what the database stores)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const stored = JSON.parse(JSON.stringify(input)) as AssessmentInput;
        expect(scoreAssessment(stored)).toEqual(scoreAssessment(input));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the background: defaults and advice (and which bridge, and whether an optional one) only, never the score", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...BACKGROUNDS), (input, other) => {
        const { bridge: a, ...mine } = scoreAssessment({ ...input, currentRole: other });
        const { bridge: b, ...theirs } = scoreAssessment(input);
        expect(mine).toEqual(theirs);
        expect(a?.required === true).toBe(b?.required === true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readiness", () => {
  it("never goes down when any single skill rating goes up", () => {
    fc.assert(
      fc.property(inputArb, areaArb, fc.integer({ min: 1, max: 4 }), (input, area, step) => {
        const raised = Math.min(5, input.skills[area] + step);
        const higher = { ...input, skills: { ...input.skills, [area]: raised } };
        expect(scoreAssessment(higher).readiness).toBeGreaterThanOrEqual(scoreAssessment(input).readiness);
      }),
      { numRuns: 2000 },
    );
  });

  it("never goes down when all ratings go up together", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const higher = {
          ...input,
          skills: Object.fromEntries(SKILL_AREAS.map((a) => [a, Math.min(5, input.skills[a] + 1)])) as AssessmentInput["skills"],
        };
        expect(scoreAssessment(higher).readiness).toBeGreaterThanOrEqual(scoreAssessment(input).readiness);
      }),
      RUNS,
    );
  });

  it("never goes down with more evidence or more years of experience", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom("sideProject", "ledCrossFunctional", "customerFacing" as const),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (input, key, moreYears) => {
          const base = scoreAssessment(input).readiness;
          const withEvidence = { ...input, evidence: { ...input.evidence, [key]: true } };
          expect(scoreAssessment(withEvidence).readiness).toBeGreaterThanOrEqual(base);
          const older = { ...input, yearsExperience: Math.max(input.yearsExperience, moreYears) };
          expect(scoreAssessment(older).readiness).toBeGreaterThanOrEqual(base);
        },
      ),
      RUNS,
    );
  });
});

describe("ranges and shape", () => {
  it("keeps readiness, area scores and fits as integers from 0 to 100, paths sorted best first", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        expect(isInt0to100(r.readiness)).toBe(true);
        expect(r.modelVersion).toBe(MODEL_VERSION);

        expect(r.areas.map((a) => a.area)).toEqual([...SKILL_AREAS]);
        for (const a of r.areas) {
          expect(a.rating).toBe(input.skills[a.area]);
          expect(a.target).toBe(SKILL_MODEL[a.area].target);
          expect(a.gap).toBe(Math.max(0, a.target - a.rating));
          expect(isInt0to100(a.score)).toBe(true);
        }

        expect(r.paths.map((p) => p.path).sort()).toEqual([...PATHS].sort());
        for (const p of r.paths) expect(isInt0to100(p.fit)).toBe(true);
        for (let i = 1; i < r.paths.length; i++) {
          const [prev, cur] = [r.paths[i - 1]!, r.paths[i]!];
          expect(prev.fit).toBeGreaterThanOrEqual(cur.fit);
          // Equal fits follow the fixed tie-break order (an internal move is always last when not employed,
          // or, in model 3, at a services firm without PMs).
          const closed =
            cur.path === "internal_move" &&
            (input.employment !== "employed" || (input.company.kind === "services" && !input.company.employsPMs));
          if (prev.fit === cur.fit && !closed) {
            expect(PATH_TIE_ORDER.indexOf(prev.path)).toBeLessThan(PATH_TIE_ORDER.indexOf(cur.path));
          }
        }
        expect(r.recommendedPath).toEqual(r.paths[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every path at least one reason, all non-empty text", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const p of scoreAssessment(input).paths) {
          expect(p.reasons.length).toBeGreaterThanOrEqual(1);
          for (const text of [...p.reasons, ...(p.wouldChangeIf ?? [])]) {
            expect(text.trim().length).toBeGreaterThan(10);
            expect(text).not.toMatch(/undefined|NaN|\$\{|you've \./);
          }
          expect(new Set(p.reasons).size).toBe(p.reasons.length);
        }
      }),
      RUNS,
    );
  });

  it("lists gaps and strengths as valid, distinct, disjoint keys in the documented order", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        const byArea = new Map(r.areas.map((a) => [a.area, a]));
        for (const list of [r.gaps, r.strengths]) {
          expect(new Set(list).size).toBe(list.length);
          for (const key of list) expect(SKILL_AREAS).toContain(key);
        }
        expect(r.gaps.filter((g) => r.strengths.includes(g))).toEqual([]);

        // Gaps are exactly the areas below target, largest gap first.
        expect([...r.gaps].sort()).toEqual(
          r.areas
            .filter((a) => a.gap > 0)
            .map((a) => a.area)
            .sort(),
        );
        const gapSizes = r.gaps.map((g) => byArea.get(g)!.gap);
        expect(gapSizes).toEqual([...gapSizes].sort((a, b) => b - a));

        // Strengths are above their target and at least level 3, highest rating first, at most three.
        expect(r.strengths.length).toBeLessThanOrEqual(3);
        for (const s of r.strengths) {
          const a = byArea.get(s)!;
          expect(a.rating).toBeGreaterThanOrEqual(3);
          expect(a.rating).toBeGreaterThan(a.target);
        }
        const ratings = r.strengths.map((s) => byArea.get(s)!.rating);
        expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
      }),
      RUNS,
    );
  });
});

describe("path rules", () => {
  it("moves each path's fit in the direction the article implies", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const base = scoreAssessment(input);
        // More risk tolerance never hurts the startup path; more wish for mentorship never hurts junior PM.
        if (input.riskTolerance < 5) {
          const bolder = scoreAssessment({ ...input, riskTolerance: input.riskTolerance + 1 });
          expect(fitOf(bolder, "startup")).toBeGreaterThanOrEqual(fitOf(base, "startup"));
        }
        if (input.wantsMentorship < 5) {
          const guided = scoreAssessment({ ...input, wantsMentorship: input.wantsMentorship + 1 });
          expect(fitOf(guided, "junior_pm")).toBeGreaterThanOrEqual(fitOf(base, "junior_pm"));
        }
        // Manager support and working with PMs never hurt the internal move.
        const backed = scoreAssessment({ ...input, company: { ...input.company, managerSupport: "yes" } });
        expect(fitOf(backed, "internal_move")).toBeGreaterThanOrEqual(fitOf(base, "internal_move"));
        const close = scoreAssessment({ ...input, company: { ...input.company, worksWithPMs: true } });
        expect(fitOf(close, "internal_move")).toBeGreaterThanOrEqual(fitOf(base, "internal_move"));
        // A side project never hurts the startup path.
        const builder = scoreAssessment({ ...input, evidence: { ...input.evidence, sideProject: true } });
        expect(fitOf(builder, "startup")).toBeGreaterThanOrEqual(fitOf(base, "startup"));
      }),
      RUNS,
    );
  });

  it("can recommend every path: each one wins for a good share of random inputs", () => {
    const counts: Record<TransitionPath, number> = { internal_move: 0, junior_pm: 0, startup: 0 };
    for (const input of fc.sample(inputArb, { numRuns: 3000, seed: 20261126 })) {
      counts[scoreAssessment(input).recommendedPath.path] += 1;
    }
    for (const path of PATHS) expect(counts[path]).toBeGreaterThan(150);
  });

  it("finds, for each path, inputs that make it the recommendation", () => {
    for (const target of PATHS) {
      // Shrinks to a minimal counter-example of "never recommended": i.e. a witness that it is.
      const result = fc.check(
        fc.property(inputArb, (input) => scoreAssessment(input).recommendedPath.path !== target),
        { numRuns: 5000, seed: 7 },
      );
      expect(result.failed, `no input recommends ${target}`).toBe(true);
      const witness = result.counterexample![0];
      expect(scoreAssessment(witness).recommendedPath.path).toBe(target);
    }
  });
});
