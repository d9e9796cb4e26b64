/**
 * Contract v2's properties of scoreAssessment (shared product brief, "Contract v2"), each over the whole
 * valid v2 input space with fast-check, plus the model's own: fits are the factor sums, and every "what
 * would change this" is a change that really changes the result.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// Thousands of scored inputs per property: allow for a busy shared machine.
vi.setConfig({ testTimeout: 60_000 });
import {
  BRIDGE_BELOW,
  BRIDGE_OPTIONAL_BELOW,
  OPTIONAL_BRIDGE_BY_BACKGROUND,
  CLOSE_CALL_POINTS,
  MAX_STRENGTHS,
  PATHS,
  SKILL_AREAS,
  computeReadiness,
  scoreAssessment,
  type AssessmentInput,
  type AssessmentResult,
  type TransitionPath,
} from "@/domain/assessment";
import { BASE_FIT, factorsFor, fitFor, lowerings } from "@/domain/assessment/path-fit";
import { pickGaps, scoreAreas } from "@/domain/assessment/scoring";
import { inputArb } from "./fixtures";

const RUNS = { numRuns: 1000 };
const fitOf = (r: AssessmentResult, path: TransitionPath) => r.paths.find((p) => p.path === path)!.fit;
const employed = inputArb.map((i): AssessmentInput => ({ ...i, employment: "employed" }));

describe("deterministic", () => {
  it("gives the same result twice and after a JSON round trip", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = scoreAssessment(input);
        expect(scoreAssessment(JSON.parse(JSON.stringify(input)) as AssessmentInput)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe("internal move and employment", () => {
  it("is 0, last and never recommended when the person is not employed, whatever company answers they send", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom("between_jobs", "student", "self_employed") as fc.Arbitrary<AssessmentInput["employment"]>,
        (input, employment) => {
          const r = scoreAssessment({ ...input, employment });
          expect(fitOf(r, "internal_move")).toBe(0);
          expect(r.recommendedPath.path).not.toBe("internal_move");
          expect(r.paths.at(-1)!.path).toBe("internal_move");
          expect(r.paths.find((p) => p.path === "internal_move")!.cons.length).toBe(1);
        },
      ),
      RUNS,
    );
  });

  it("is never lower at a company that employs PMs than at the same company without them", () => {
    fc.assert(
      fc.property(employed, (input) => {
        const withPMs = scoreAssessment({ ...input, company: { ...input.company, employsPMs: true } });
        const without = scoreAssessment({ ...input, company: { ...input.company, employsPMs: false } });
        expect(fitOf(withPMs, "internal_move")).toBeGreaterThanOrEqual(fitOf(without, "internal_move"));
      }),
      { numRuns: 2000 },
    );
  });

  it("can be recommended without PMs: a small company, a supportive manager and evidence", () => {
    const result = fc.check(
      fc.property(employed, (input) => {
        const noPMs = { ...input, company: { ...input.company, employsPMs: false } };
        return scoreAssessment(noPMs).recommendedPath.path !== "internal_move";
      }),
      { numRuns: 5000, seed: 11 },
    );
    expect(result.failed).toBe(true);
  });
});

describe("no cliffs", () => {
  const step = (a: AssessmentResult, b: AssessmentResult) => Math.max(...PATHS.map((p) => Math.abs(fitOf(a, p) - fitOf(b, p))));

  it("moves no fit by more than 3 points when years of experience change by 0.1", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(-0.1, 0.1), (input, delta) => {
        const years = Math.round((input.yearsExperience + delta) * 1000) / 1000;
        if (years < 0 || years > 50 || years < input.company.tenureYears) return;
        expect(step(scoreAssessment(input), scoreAssessment({ ...input, yearsExperience: years }))).toBeLessThanOrEqual(3);
      }),
      { numRuns: 3000 },
    );
  });

  it("moves no fit by more than 3 points when tenure changes by 0.1", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(-0.1, 0.1), (input, delta) => {
        const tenure = Math.round((input.company.tenureYears + delta) * 1000) / 1000;
        if (tenure < 0 || tenure > input.yearsExperience) return;
        const moved = { ...input, company: { ...input.company, tenureYears: tenure } };
        expect(step(scoreAssessment(input), scoreAssessment(moved))).toBeLessThanOrEqual(3);
      }),
      { numRuns: 3000 },
    );
  });

  it("has no cliff at the old band edges (tenure 1, experience 3 and 10)", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(0.95, 2.95, 9.95), (input, edge) => {
        const below = {
          ...input,
          yearsExperience: edge + 0.05 - 0.1,
          company: { ...input.company, tenureYears: Math.min(input.company.tenureYears, edge - 0.05) },
        };
        const above = { ...below, yearsExperience: edge + 0.05 };
        const tenureBelow = { ...above, company: { ...above.company, tenureYears: edge - 0.05 } };
        const tenureAbove = { ...above, company: { ...above.company, tenureYears: edge + 0.05 } };
        expect(step(scoreAssessment(below), scoreAssessment(above))).toBeLessThanOrEqual(3);
        expect(step(scoreAssessment(tenureBelow), scoreAssessment(tenureAbove))).toBeLessThanOrEqual(3);
      }),
      RUNS,
    );
  });
});

describe("readiness is a gate", () => {
  it("below readiness 60, lowering any one skill by a level never raises any path's fit", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...SKILL_AREAS), (input, area) => {
        const base = scoreAssessment(input);
        if (base.readiness >= 60 || input.skills[area] < 2) return;
        const lower = scoreAssessment({ ...input, skills: { ...input.skills, [area]: input.skills[area] - 1 } });
        for (const path of PATHS) expect(fitOf(lower, path)).toBeLessThanOrEqual(fitOf(base, path));
      }),
      { numRuns: 3000 },
    );
  });

  it("raising any skill never lowers readiness", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...SKILL_AREAS), (input, area) => {
        if (input.skills[area] === 5) return;
        const higher = { ...input, skills: { ...input.skills, [area]: input.skills[area] + 1 } };
        expect(scoreAssessment(higher).readiness).toBeGreaterThanOrEqual(scoreAssessment(input).readiness);
      }),
      RUNS,
    );
  });

  it("with very high readiness and many years, the new-company path aims at full PM roles and says so (model 3)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const senior = {
          ...input,
          yearsExperience: 12,
          company: { ...input.company, tenureYears: Math.min(input.company.tenureYears, 12) },
        };
        const r = scoreAssessment(senior);
        if (r.readiness < 88) return;
        const junior = r.paths.find((p) => p.path === "junior_pm")!;
        expect(junior.level).toBe("pm");
        expect(junior.pros.join(" ")).toMatch(/full PM roles, not associate programmes/);
        expect(junior.cons.join(" ")).not.toMatch(/full PM roles/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("closeCall, bridge, reasons and strengths are exact", () => {
  it("closeCall is true exactly when the top two fits are within 5 points", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        expect(r.closeCall).toBe(r.paths[0]!.fit - r.paths[1]!.fit <= CLOSE_CALL_POINTS);
      }),
      RUNS,
    );
  });

  it("bridge is required exactly below readiness 40, optional only from 40 to below 60, null from 60; named, with steps", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        expect(r.bridge?.required === true).toBe(r.readiness < BRIDGE_BELOW);
        if (r.readiness >= BRIDGE_OPTIONAL_BELOW) expect(r.bridge).toBeNull();
        if (r.bridge && !r.bridge.required) {
          expect(r.readiness).toBeGreaterThanOrEqual(BRIDGE_BELOW);
          expect(r.bridge.kind).toBe(OPTIONAL_BRIDGE_BY_BACKGROUND[input.currentRole]);
          expect(r.bridge.why).toMatch(/^Optional:/);
        }
        if (r.bridge) {
          expect(r.bridge.steps.length).toBeGreaterThanOrEqual(1);
          expect(r.bridge.why.toLowerCase()).toContain(r.bridge.role.toLowerCase());
        }
      }),
      RUNS,
    );
  });

  it("labels every reason as a pro or a con, with reasons = [...pros, ...cons] and a pro for the recommendation", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        expect(r.recommendedPath.pros.length).toBeGreaterThanOrEqual(1);
        for (const p of r.paths) {
          expect(p.reasons).toEqual([...p.pros, ...p.cons]);
          expect(p.reasons.length).toBeGreaterThanOrEqual(1);
          for (const text of [...p.reasons, ...(p.wouldChangeIf ?? [])]) expect(text).not.toMatch(/undefined|NaN|\$\{/);
        }
      }),
      RUNS,
    );
  });

  it("names at most three strengths, each rated above its target", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        expect(r.strengths.length).toBeLessThanOrEqual(MAX_STRENGTHS);
        for (const s of r.strengths) {
          const area = r.areas.find((a) => a.area === s)!;
          expect(area.rating).toBeGreaterThan(area.target);
        }
      }),
      RUNS,
    );
  });
});

describe("the model's own invariants", () => {
  it("fits are exactly the base plus the factors shown (the two sums agree)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const readiness = computeReadiness(input);
        const ctx = { readiness, gaps: pickGaps(scoreAreas(input.skills)) };
        for (const path of ["junior_pm", "startup"] as const) {
          const sum = BASE_FIT[path] + factorsFor(path, input, ctx).reduce((s, f) => s + f.points, 0);
          expect(fitFor(path, input, readiness)).toBe(Math.min(100, Math.max(0, Math.round(sum))));
        }
        if (input.employment === "employed") {
          const own = BASE_FIT.internal_move + factorsFor("internal_move", input, ctx).reduce((s, f) => s + f.points, 0);
          const fit = fitFor("internal_move", input, readiness);
          expect(fit).toBeLessThanOrEqual(Math.min(100, Math.max(0, Math.round(own))));
          if (input.company.employsPMs) expect(fit).toBe(Math.min(100, Math.max(0, Math.round(own))));
        }
      }),
      RUNS,
    );
  });

  it("every 'what would change this' is a change that really changes the result", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(input);
        const ctx = { readiness: r.readiness, gaps: r.gaps };
        const leader = r.paths[0]!.path;
        for (const [index, p] of r.paths.entries()) {
          const own = factorsFor(p.path, input, ctx).flatMap((f) => f.levers ?? []);
          const others = r.paths
            .filter((o) => o.path !== p.path)
            .flatMap((o) => factorsFor(o.path, input, ctx).flatMap((f) => f.levers ?? []));
          for (const text of p.wouldChangeIf ?? []) {
            if (index > 0) {
              const lever = own.find((l) => l.text === text)!;
              expect(lever, text).toBeDefined();
              expect(fitOf(scoreAssessment(lever.apply(input)), p.path)).toBeGreaterThan(p.fit);
            } else {
              const lever = [...others, ...lowerings(input)].find((l) => text.startsWith(`${l.text} (`))!;
              expect(lever, text).toBeDefined();
              expect(scoreAssessment(lever.apply(input)).recommendedPath.path).not.toBe(leader);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
