/**
 * The plan contract (shared product brief, "The plan contract"; docs/decisions/0014): properties over real
 * scored assessments on every path, and a search showing every template is reachable.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PATHS, scoreAssessment, type AssessmentInput, type TransitionPath } from "@/domain/assessment";
import { TEMPLATES, generatePlan, templateByKey, type GeneratedItem } from "@/domain/plan";
import { RESOURCE_KINDS } from "@/domain/resource";
import { inputArb, makeInput } from "../assessment/fixtures";

const planFor = (input: AssessmentInput, path: TransitionPath) => {
  const result = scoreAssessment(input);
  return { result, items: generatePlan({ input, result, path }) };
};
const keys = (items: readonly GeneratedItem[]) => items.map((i) => i.templateKey);
const early = (items: readonly GeneratedItem[]) => items.filter((i) => i.phase <= 2);
const pmsNearby = (i: AssessmentInput) => i.employment === "employed" && (i.company.employsPMs || i.company.worksWithPMs);
const text = (i: GeneratedItem) => `${i.title} ${i.why} ${i.detail}`;

const RUNS = { numRuns: 400 };
const anyPath = fc.constantFrom(...PATHS);

describe("plan contract: the article's tips, on every path", { timeout: 60_000 }, () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        expect(planFor(structuredClone(input), path).items).toEqual(planFor(input, path).items);
      }),
      { numRuns: 100 },
    );
  });

  it("networks in the first 60 days, and adds a community or mentor when no PMs are nearby or mentoring is wanted", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        const { items } = planFor(input, path);
        expect(early(items).some((i) => i.category === "networking")).toBe(true);
        const firstTwo = keys(early(items));
        if (!pmsNearby(input)) expect(firstTwo).toContain("networking.online_community");
        if (input.wantsMentorship >= 4) expect(firstTwo).toContain("networking.mentor");
      }),
      RUNS,
    );
  });

  it("has a community or mentor step in phase 1 or 2 whenever no PMs are nearby or mentoring is wanted ≥ 4, on all three paths (issue 19, pattern 5)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        if (pmsNearby(input) && input.wantsMentorship < 4) return;
        for (const path of PATHS) {
          const { items } = planFor(input, path);
          const step = items.find((i) => ["networking.online_community", "networking.mentor"].includes(i.templateKey) && i.phase <= 2);
          expect(step, `${path}: ${keys(items).join(", ")}`).toBeDefined();
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("carries patience, handling a no, and real product experience", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        const k = keys(planFor(input, path).items);
        expect(k).toContain("mindset.timeline");
        expect(k).toContain("mindset.handle_no");
        expect(k.some((key) => ["experience.help_pm", "experience.side_project", "experience.side_project_case_study"].includes(key))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it("prepares the job search: research, tailoring, practice, mock interviews and a coach", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        const k = keys(planFor(input, path).items);
        for (const key of ["job_search.practise_questions", "job_search.mock_interviews", "job_search.interview_coach"])
          expect(k).toContain(key);
        if (path === "internal_move") {
          expect(
            k.some((key) => ["path.internal.ladder", "path.internal.find_product_work", "path.internal.choose_employer"].includes(key)),
          ).toBe(true);
          expect(k.some((key) => ["path.internal.achievements", "path.internal.first_months"].includes(key))).toBe(true);
        } else {
          expect(k).toContain("job_search.shortlist");
          expect(k).toContain("job_search.tailor_applications");
        }
      }),
      RUNS,
    );
  });

  it("keeps junior-PM plans open to associate PM and product specialist roles", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { items } = planFor(input, "junior_pm");
        const open = items.find((i) => i.templateKey === "mindset.adjacent_roles");
        expect(open).toBeDefined();
        expect(open!.detail).toMatch(/associate product manager/);
        expect(open!.detail).toMatch(/product specialist/);
      }),
      RUNS,
    );
  });

  it("gives every skill step curated https resources, and every resource its contract fields", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        for (const item of planFor(input, path).items) {
          if (item.category === "skill") expect(item.resources?.length ?? 0, item.templateKey).toBeGreaterThanOrEqual(1);
          for (const r of item.resources ?? []) {
            expect(r.title.length).toBeGreaterThan(0);
            expect(new URL(r.url).protocol).toBe("https:");
            expect(RESOURCE_KINDS).toContain(r.kind);
            expect(typeof r.free).toBe("boolean");
          }
        }
      }),
      RUNS,
    );
  });

  it("with a required bridge, builds skills first and aims at the bridge before PM roles", () => {
    const lowReadiness = inputArb.filter((i) => scoreAssessment(i).bridge?.required === true);
    fc.assert(
      fc.property(lowReadiness, anyPath, (input, path) => {
        const { items } = planFor(input, path);
        const phase1 = items.filter((i) => i.phase === 1);
        expect(phase1.filter((i) => i.category === "skill").length).toBeGreaterThanOrEqual(2);
        expect(keys(phase1)).toContain("mindset.bridge_first");
        expect(keys(items)).not.toContain("job_search.first_applications");
        if (path !== "internal_move") expect(keys(items)).toContain("job_search.bridge_applications");
      }),
      { numRuns: 200 },
    );
  });

  it("with an optional bridge (model 3), adds one step naming the role and keeps the PM applications", () => {
    const optional = inputArb.filter((i) => scoreAssessment(i).bridge?.required === false);
    fc.assert(
      fc.property(optional, anyPath, (input, path) => {
        const { result, items } = planFor(input, path);
        const step = items.filter((i) => i.templateKey === "job_search.optional_bridge");
        expect(step).toHaveLength(1);
        expect(step[0]!.why.toLowerCase()).toContain(result.bridge!.role.toLowerCase());
        expect(keys(items)).not.toContain("mindset.bridge_first");
        expect(keys(items)).not.toContain("job_search.bridge_applications");
      }),
      { numRuns: 200 },
    );
  });

  it("without a required bridge, never holds PM applications back for one", () => {
    fc.assert(
      fc.property(inputArb, anyPath, (input, path) => {
        const { result, items } = planFor(input, path);
        if (result.bridge?.required === true) return;
        expect(keys(items)).not.toContain("mindset.bridge_first");
        expect(keys(items)).not.toContain("job_search.bridge_applications");
      }),
      RUNS,
    );
  });
});

describe("plan contract: wording that fits the person", { timeout: 60_000 }, () => {
  it("never sends someone without a job to their company, manager or team", () => {
    const notEmployed = inputArb.filter((i) => i.employment !== "employed");
    fc.assert(
      fc.property(notEmployed, anyPath, (input, path) => {
        for (const item of planFor(input, path).items)
          expect(text(item), item.templateKey).not.toMatch(/your company|PMs at your|your manager|your team's|your colleagues/i);
      }),
      RUNS,
    );
  });

  it("never asks for an engineer's time when no engineers are nearby", () => {
    const student = makeInput({ employment: "student", currentRole: "teacher", skills: { technical: 1 } });
    const teacher = makeInput({
      currentRole: "teacher",
      company: { employsPMs: false, worksWithPMs: false },
      skills: { technical: 1, business: 1 },
    });
    for (const input of [student, teacher])
      for (const path of PATHS)
        for (const item of planFor(input, path).items) {
          expect(text(item), item.templateKey).not.toMatch(/engineering lead|Ask an engineer to spend|your team's planning/i);
          expect(text(item), item.templateKey).not.toMatch(/annual report/i);
        }
    const technicalKeys = keys(planFor(teacher, "junior_pm").items).filter((k) => k.startsWith("skill.technical."));
    expect(technicalKeys).toEqual(["skill.technical.foundation.1", "skill.technical.foundation.2.for_public"]);
  });
});

describe("plan contract: every template is reachable", () => {
  it("finds, for each template, a valid input and path that produce it", () => {
    const witness = new Map<string, { input: AssessmentInput; path: TransitionPath }>();
    const visit = (input: AssessmentInput) => {
      for (const path of PATHS)
        for (const key of keys(planFor(input, path).items)) if (!witness.has(key)) witness.set(key, { input, path });
    };
    // A fixed-seed sample of the whole input space, then people at the target in every area (the only
    // way stretch steps for areas that meet their target get room) in every situation.
    for (const input of fc.sample(inputArb, { seed: 42, numRuns: 1500 })) visit(input);
    const atTarget = (area: string, level: number) =>
      Object.fromEntries(
        ["strategy", "customer_insight", "data", "technical", "execution", "communication", "leadership", "business"].map((a) => [
          a,
          a === area ? level : 5,
        ]),
      );
    for (const employment of ["employed", "student"] as const)
      for (const employsPMs of [false, true])
        for (const currentRole of ["software_engineer", "marketing", "designer", "teacher"] as const)
          for (const area of ["strategy", "customer_insight", "data", "technical", "execution", "communication", "leadership", "business"])
            for (const level of [2, 3])
              visit(
                makeInput({
                  employment,
                  currentRole,
                  yearsExperience: 6,
                  company: { employsPMs, worksWithPMs: employsPMs, tenureYears: 3 },
                  evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true },
                  skills: atTarget(area, level),
                }),
              );
    const missing = TEMPLATES.map((t) => t.key).filter((k) => !witness.has(k));
    expect(missing).toEqual([]);
    // Each witness really produces its template (the search is not fooling itself).
    for (const t of TEMPLATES) {
      const { input, path } = witness.get(t.key)!;
      expect(keys(planFor(input, path).items)).toContain(t.key);
      expect(templateByKey(t.key)!.paths).toContain(path);
    }
  }, 60_000);
});
