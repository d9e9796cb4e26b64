/**
 * Hand-built assessment fixtures for the plan tests. They deliberately don't call the scoring engine: the
 * plan only relies on the AssessmentResult contract, so these build results straight from ratings.
 */
import fc from "fast-check";
import {
  BACKGROUNDS,
  MANAGER_SUPPORT,
  PATHS,
  SKILL_AREAS,
  type AssessmentInput,
  type AssessmentResult,
  type SkillArea,
  type TransitionPath,
} from "@/domain/assessment/schemas";
import type { ExistingItem, GeneratedItem } from "@/domain/plan";

type InputOverrides = Partial<Omit<AssessmentInput, "company" | "evidence" | "skills">> & {
  company?: Partial<AssessmentInput["company"]>;
  evidence?: Partial<AssessmentInput["evidence"]>;
  skills?: Partial<AssessmentInput["skills"]>;
};

/** A mid-career person with no gaps against a target of 3, unless overridden. */
export function makeInput(o: InputOverrides = {}): AssessmentInput {
  return {
    currentRole: o.currentRole ?? "software_engineer",
    yearsExperience: o.yearsExperience ?? 5,
    employment: o.employment ?? "employed",
    company: {
      employsPMs: true,
      worksWithPMs: true,
      tenureYears: 3,
      managerSupport: "yes",
      ...o.company,
    },
    riskTolerance: o.riskTolerance ?? 3,
    wantsMentorship: o.wantsMentorship ?? 3,
    evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false, ...o.evidence },
    skills: {
      ...(Object.fromEntries(SKILL_AREAS.map((a) => [a, 3])) as AssessmentInput["skills"]),
      ...o.skills,
    },
  };
}

export interface ResultOptions {
  /** Recommended path (placed first in `paths`). */
  path?: TransitionPath;
  /** Per-area target; default 3. */
  targets?: Partial<Record<SkillArea, number>>;
}

/** A result consistent with the input's ratings: gap = max(0, target − rating), gaps largest first. */
export function makeResult(input: AssessmentInput, opts: ResultOptions = {}): AssessmentResult {
  const path = opts.path ?? "junior_pm";
  const areas = SKILL_AREAS.map((area) => {
    const rating = input.skills[area];
    const target = opts.targets?.[area] ?? 3;
    const gap = Math.max(0, target - rating);
    return { area, rating, target, gap, score: Math.round((Math.min(rating, target) / target) * 100) };
  });
  const gaps = areas
    .filter((a) => a.gap > 0)
    .sort((a, b) => b.gap - a.gap || SKILL_AREAS.indexOf(a.area) - SKILL_AREAS.indexOf(b.area))
    .map((a) => a.area);
  const strengths = [...areas].sort((a, b) => b.rating - a.rating).map((a) => a.area);
  const paths = [path, ...PATHS.filter((p) => p !== path)].map((p, i) => ({
    path: p,
    fit: 80 - i * 10,
    reasons: [`Fixture reason for ${p}`],
    pros: [`Fixture reason for ${p}`],
    cons: [],
    level: "associate" as const,
  }));
  return {
    readiness: 50,
    areas,
    strengths,
    gaps,
    paths,
    recommendedPath: paths[0]!,
    closeCall: false,
    bridge: null,
  };
}

/** An input + result with exactly one gap: `area` rated `rating` against `target`, the rest at target. */
export function singleGap(
  area: SkillArea,
  rating: number,
  opts: { target?: number; path?: TransitionPath; input?: InputOverrides } = {},
): { input: AssessmentInput; result: AssessmentResult } {
  const target = opts.target ?? Math.max(3, rating + 1);
  const skills = Object.fromEntries(SKILL_AREAS.map((a) => [a, a === area ? rating : target]));
  const input = makeInput({ ...opts.input, skills });
  const targets = Object.fromEntries(SKILL_AREAS.map((a) => [a, target]));
  return { input, result: makeResult(input, { path: opts.path, targets }) };
}

const level = fc.integer({ min: 1, max: 5 });

export const inputArb: fc.Arbitrary<AssessmentInput> = fc.record({
  currentRole: fc.constantFrom(...BACKGROUNDS),
  yearsExperience: fc.integer({ min: 0, max: 50 }),
  employment: fc.constant("employed" as const),
  company: fc.record({
    employsPMs: fc.boolean(),
    worksWithPMs: fc.boolean(),
    tenureYears: fc.double({ min: 0, max: 50, noNaN: true }),
    managerSupport: fc.constantFrom(...MANAGER_SUPPORT),
  }),
  riskTolerance: level,
  wantsMentorship: level,
  evidence: fc.record({ sideProject: fc.boolean(), ledCrossFunctional: fc.boolean(), customerFacing: fc.boolean() }),
  skills: fc.record(Object.fromEntries(SKILL_AREAS.map((a) => [a, level])) as Record<SkillArea, typeof level>),
});

/** Any input, with a result whose targets (2–5 per area) and recommended path are arbitrary too. */
export const assessmentArb = fc
  .tuple(
    inputArb,
    fc.constantFrom(...PATHS),
    fc.record(Object.fromEntries(SKILL_AREAS.map((a) => [a, fc.integer({ min: 2, max: 5 })])) as Record<SkillArea, fc.Arbitrary<number>>),
  )
  .map(([input, path, targets]) => ({ input, result: makeResult(input, { path, targets }) }));

let nextId = 0;

/** An existing stored item, by default an untouched template item. */
export function existing(o: Partial<ExistingItem> = {}): ExistingItem {
  nextId += 1;
  return {
    id: o.id ?? `item-${nextId}`,
    templateKey: "templateKey" in o ? (o.templateKey ?? null) : `tpl.${nextId}`,
    title: o.title ?? `Existing item ${nextId}`,
    phase: o.phase ?? 1,
    position: o.position ?? 0,
    status: o.status ?? "todo",
    note: o.note ?? "",
    custom: o.custom ?? false,
    statusChangedAt: o.statusChangedAt ?? null,
    archivedAt: o.archivedAt ?? null,
  };
}

/** The stored form of a generated item, as persistence would write it. */
export function stored(item: GeneratedItem, o: Partial<ExistingItem> = {}): ExistingItem {
  return existing({
    templateKey: item.templateKey,
    title: item.title,
    phase: item.phase,
    position: item.position,
    ...o,
  });
}
