import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, PATHS, SKILL_AREAS, type TransitionPath } from "@/domain/assessment/schemas";
import {
  CONDITIONS,
  PLAN_ITEM_CATEGORIES,
  PLAN_LIMITS,
  PLAN_PHASES,
  gapFocus,
  generatePlan,
  isBalanced,
  phaseCounts,
  templateByKey,
  type GeneratedItem,
} from "@/domain/plan";
import { assessmentArb, makeInput, makeResult, singleGap } from "./fixtures";

/** Every property a generated plan must have, whatever the input. */
function expectWellFormed(items: GeneratedItem[], path: TransitionPath) {
  expect(items.length).toBeGreaterThanOrEqual(PLAN_LIMITS.minPerPhase * 3);
  expect(items.length).toBeLessThanOrEqual(PLAN_LIMITS.maxTotal);
  expect(new Set(items.map((i) => i.templateKey)).size).toBe(items.length);
  expect(new Set(items.map((i) => i.title.toLowerCase())).size).toBe(items.length);
  expect(isBalanced(items)).toBe(true);
  const counts = phaseCounts(items);
  for (const phase of PLAN_PHASES) {
    expect(counts[phase], `phase ${phase}`).toBeGreaterThanOrEqual(PLAN_LIMITS.minPerPhase);
    expect(counts[phase], `phase ${phase}`).toBeLessThanOrEqual(PLAN_LIMITS.maxPerPhase);
    // Positions are 0…n−1 within each phase, in list order.
    expect(items.filter((i) => i.phase === phase).map((i) => i.position)).toEqual([...Array(counts[phase]).keys()]);
  }
  // A mix: every kind of general step is represented, not just one.
  for (const category of PLAN_ITEM_CATEGORIES.filter((c) => c !== "skill"))
    expect(
      items.some((i) => i.category === category),
      category,
    ).toBe(true);
  // Ordered by phase.
  expect(items.map((i) => i.phase)).toEqual([...items.map((i) => i.phase)].sort());
  for (const item of items) {
    const t = templateByKey(item.templateKey);
    expect(t, item.templateKey).toBeDefined();
    expect(t!.paths).toContain(path);
    expect(item.title).toBe(t!.title);
    expect(item.detail).toBe(t!.detail);
    expect(item.category).toBe(t!.category);
    expect(item.why.trim()).not.toBe("");
    expect(item.skillArea !== undefined).toBe(item.category === "skill");
  }
}

/** The templates an item came from must have had all their conditions met by the input. */
function expectConditionsMet(items: GeneratedItem[], { input, result }: Parameters<typeof generatePlan>[0]) {
  for (const item of items)
    for (const c of templateByKey(item.templateKey)!.requires ?? [])
      expect(CONDITIONS[c](input, result), `${item.templateKey} requires ${c}`).toBe(true);
}

describe("generatePlan", () => {
  describe.each(PATHS)("on the %s path", (path) => {
    it.each(
      SKILL_AREAS.flatMap(
        (area) =>
          [
            [area, 1],
            [area, 2],
            [area, 3],
          ] as const,
      ),
    )("with a single %s gap rated %i: sensible, well-formed and about that gap", (area, rating) => {
      const { input, result } = singleGap(area, rating, { path });
      const items = generatePlan({ input, result });
      expectWellFormed(items, path);
      const skill = items.filter((i) => i.category === "skill" && i.skillArea === area);
      expect(skill.length).toBeGreaterThanOrEqual(1);
      expect(skill.length).toBeLessThanOrEqual(2);
      const level = rating <= 2 ? "foundation" : "stretch";
      expect(skill.every((i) => i.templateKey.startsWith(`skill.${area}.${level}.`))).toBe(true);
      // Any other skill step sharpens an area that meets its target, with stretch work.
      for (const other of items.filter((i) => i.category === "skill" && i.skillArea !== area))
        expect(other.templateKey).toMatch(/^skill\.\w+\.stretch\./);
      // The biggest gap starts in the first month.
      expect(skill.some((i) => i.phase === 1)).toBe(true);
      expect(skill[0]!.why).toContain(`${rating} of 5`);
      // Path-specific items belong to this path only.
      const pathItems = items.filter((i) => i.category === "path");
      expect(pathItems.length).toBeGreaterThanOrEqual(2);
      for (const i of pathItems) expect(templateByKey(i.templateKey)!.paths).toEqual([path]);
    });
  });

  it("follows the recommended path by default and the chosen path when given", () => {
    const input = makeInput({ skills: { data: 1 } });
    const result = makeResult(input, { path: "startup" });
    const byDefault = generatePlan({ input, result });
    expect(byDefault.some((i) => i.templateKey.startsWith("path.startup."))).toBe(true);
    const chosen = generatePlan({ input, result, path: "internal_move" });
    expect(chosen.some((i) => i.templateKey.startsWith("path.internal."))).toBe(true);
    expect(chosen.some((i) => i.templateKey.startsWith("path.startup."))).toBe(false);
    // The skill work is the same whichever path is followed (positions may shift around it).
    const skillWork = (items: GeneratedItem[]) =>
      items.filter((i) => i.category === "skill" && i.skillArea === "data").map(({ position: _, ...rest }) => rest);
    expect(skillWork(chosen)).toEqual(skillWork(byDefault));
  });

  it("tailors the first skill step to the background", () => {
    const engineer = singleGap("customer_insight", 1, { input: { currentRole: "software_engineer" } });
    expect(generatePlan(engineer).map((i) => i.title)).toContain("Sit in on five customer calls");
    const designer = singleGap("customer_insight", 1, { input: { currentRole: "designer" } });
    const designerTitles = generatePlan(designer).map((i) => i.title);
    expect(designerTitles).not.toContain("Sit in on five customer calls");
    expect(designerTitles).toContain("Learn to run a good user interview");
    const marketer = singleGap("technical", 2, { input: { currentRole: "marketing" } });
    expect(generatePlan(marketer).map((i) => i.title)).toContain("Walk through a system design with an engineer");
  });

  it("works on at most three gaps, largest first, with the smaller ones scheduled later", () => {
    const input = makeInput({
      skills: { strategy: 1, customer_insight: 1, data: 2, technical: 2, execution: 2, communication: 2 },
    });
    const result = makeResult(input);
    const focus = gapFocus(result);
    expect(focus.map((g) => g.area)).toEqual(["strategy", "customer_insight", "data"]);
    const items = generatePlan({ input, result });
    const skill = items.filter((i) => i.category === "skill");
    expect(new Set(skill.map((i) => i.skillArea))).toEqual(new Set(focus.map((g) => g.area)));
    const phasesOf = (area: string) =>
      skill
        .filter((i) => i.skillArea === area)
        .map((i) => i.phase)
        .sort();
    expect(phasesOf("strategy")).toEqual([1, 2]);
    expect(phasesOf("customer_insight")).toEqual([1, 3]);
    expect(phasesOf("data")).toEqual([2]);
    expect(phasesOf("technical")).toEqual([]);
  });

  it("ignores listed gaps that have no real gap, and duplicates", () => {
    const input = makeInput({ skills: { business: 2 } });
    const base = makeResult(input);
    const result = { ...base, gaps: [...base.gaps, "business" as const, ...SKILL_AREAS] };
    const focus = gapFocus(result);
    // The one real gap first, then areas that only meet their target, to sharpen while there is room.
    expect(focus.map((g) => g.area)).toEqual(["business", "strategy", "customer_insight"]);
    expect(focus.map((g) => g.gap)).toEqual([1, 0, 0]);
    expect(focus.map((g) => g.level)).toEqual(["foundation", "stretch", "stretch"]);
    const skill = generatePlan({ input, result }).filter((i) => i.category === "skill");
    expect(skill.filter((i) => i.skillArea === "business")).toHaveLength(2);
  });

  it("still makes a full, balanced plan when there are no gaps", () => {
    for (const path of PATHS) {
      const input = makeInput({ skills: Object.fromEntries(SKILL_AREAS.map((a) => [a, 5])) });
      const items = generatePlan({ input, result: makeResult(input), path });
      expectWellFormed(items, path);
      expect(items.some((i) => i.category === "skill")).toBe(false);
    }
  });

  it("never suggests work with the company's PMs when there are none", () => {
    for (const path of PATHS)
      for (const worksWithPMs of [false, true]) {
        const input = makeInput({ company: { employsPMs: false, worksWithPMs }, skills: { data: 1 } });
        const items = generatePlan({ input, result: makeResult(input), path });
        const needs = (key: string) => templateByKey(key)!.requires ?? [];
        expect(items.filter((i) => needs(i.templateKey).includes("employsPMs"))).toEqual([]);
        if (!worksWithPMs) expect(items.filter((i) => needs(i.templateKey).includes("pmsNearby"))).toEqual([]);
        expect(items.map((i) => i.title)).not.toContain("Meet the product managers at your company");
      }
  });

  it("uses the answers: side project, manager support, risk tolerance", () => {
    const plan = (o: Parameters<typeof makeInput>[0], path: TransitionPath) => {
      const input = makeInput(o);
      return generatePlan({ input, result: makeResult(input), path }).map((i) => i.templateKey);
    };
    expect(plan({ evidence: { sideProject: true } }, "startup")).not.toContain("experience.side_project");
    expect(plan({ evidence: { sideProject: false } }, "startup")).toContain("experience.side_project");
    expect(plan({ company: { managerSupport: "no" } }, "internal_move")).toContain("path.internal.sponsor");
    expect(plan({ company: { managerSupport: "no" } }, "internal_move")).not.toContain("path.internal.manager_case");
    expect(plan({ company: { managerSupport: "yes" } }, "internal_move")).toContain("path.internal.manager_case");
    expect(plan({ company: { employsPMs: false } }, "internal_move")).toContain("path.internal.propose_role");
    expect(plan({ riskTolerance: 1 }, "startup")).toContain("path.startup.risk_budget");
    expect(plan({ riskTolerance: 5 }, "startup")).not.toContain("path.startup.risk_budget");
  });

  it("takes only one item per topic", () => {
    const { input, result } = singleGap("customer_insight", 2);
    const keys = generatePlan({ input, result }).map((i) => i.templateKey);
    expect(keys).toContain("skill.customer_insight.foundation.2");
    expect(keys).not.toContain("experience.customer_interviews");
    const oneEach = fc.property(assessmentArb, fc.constantFrom(...PATHS), ({ input, result }, path) => {
      const topics = generatePlan({ input, result, path }).flatMap((i) => templateByKey(i.templateKey)!.topic ?? []);
      expect(new Set(topics).size).toBe(topics.length);
    });
    fc.assert(oneEach, { numRuns: 200 });
    // The run that once found a general step and a step sharpening an area at its target on one topic
    // (experience.customer_interviews beside skill.customer_insight.stretch.2): replayed on every run.
    fc.assert(oneEach, { numRuns: 200, seed: -852323302 });
  });

  it("is balanced and within limits for every path, background and situation", () => {
    const flags = [false, true];
    for (const path of PATHS)
      for (const currentRole of BACKGROUNDS)
        for (const employsPMs of flags)
          for (const worksWithPMs of flags)
            for (const sideProject of flags)
              for (const ledCrossFunctional of flags)
                for (const managerSupport of ["yes", "no"] as const)
                  for (const [riskTolerance, wantsMentorship] of [
                    [1, 1],
                    [5, 5],
                  ] as const)
                    for (const skills of [{}, { customer_insight: 1, leadership: 2 }]) {
                      const input = makeInput({
                        currentRole,
                        riskTolerance,
                        wantsMentorship,
                        company: { employsPMs, worksWithPMs, managerSupport },
                        evidence: { sideProject, ledCrossFunctional },
                        skills,
                      });
                      const items = generatePlan({ input, result: makeResult(input), path });
                      expect(isBalanced(items)).toBe(true);
                      const counts = phaseCounts(items);
                      for (const p of PLAN_PHASES) expect(counts[p]).toBeGreaterThanOrEqual(PLAN_LIMITS.minPerPhase);
                      expect(items.length).toBeLessThanOrEqual(PLAN_LIMITS.maxTotal);
                      expectConditionsMet(items, { input, result: makeResult(input) });
                    }
  }, 60_000);

  it("is deterministic and well-formed for any assessment and any chosen path (property)", () => {
    fc.assert(
      fc.property(assessmentArb, fc.option(fc.constantFrom(...PATHS), { nil: undefined }), ({ input, result }, path) => {
        const first = generatePlan({ input, result, path });
        const again = generatePlan({ input: structuredClone(input), result: structuredClone(result), path });
        expect(again).toEqual(first);
        const followed = path ?? result.recommendedPath.path;
        expectWellFormed(first, followed);
        expectConditionsMet(first, { input, result });
        const focus = gapFocus(result);
        const skillAreas = new Set(first.filter((i) => i.category === "skill").map((i) => i.skillArea));
        // Every real gap in focus is worked on; nothing outside the focus is.
        for (const g of focus.filter((g) => g.gap > 0)) expect(skillAreas.has(g.area), g.area).toBe(true);
        for (const area of skillAreas) expect(focus.map((g) => g.area)).toContain(area);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("does not modify its arguments", () => {
    fc.assert(
      fc.property(assessmentArb, ({ input, result }) => {
        const before = structuredClone({ input, result });
        generatePlan({ input, result });
        expect({ input, result }).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});

describe("isBalanced", () => {
  it("requires each phase to hold at least a quarter of the items", () => {
    const items = (a: number, b: number, c: number) =>
      [...Array(a).fill(1), ...Array(b).fill(2), ...Array(c).fill(3)].map((phase) => ({ phase }));
    expect(isBalanced([])).toBe(true);
    expect(isBalanced(items(5, 6, 6))).toBe(true);
    expect(isBalanced(items(4, 6, 6))).toBe(true);
    expect(isBalanced(items(3, 6, 6))).toBe(false);
    expect(isBalanced(items(0, 6, 6))).toBe(false);
  });
});
