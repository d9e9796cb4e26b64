/**
 * Turns an assessment into a personal 90-day plan.
 *
 * 1. Skill items for the largest gaps are required: the two largest get a first and a follow-up step,
 *    the third a first step. The biggest gap starts in phase 1; the others are spread so that no month is
 *    all skill work (SKILL_SCHEDULE).
 * 2. General items (path, networking, experience, job search, mindset) are candidates when they belong to
 *    the chosen path and their conditions hold; one item per topic.
 * 3. Every general category gets its best candidate, so each plan mixes people, practice, preparation and
 *    patience rather than, say, skill work alone.
 * 4. Each phase is filled to PLAN_LIMITS.minPerPhase with its best candidates, then the best remaining
 *    candidates fill the plan up to maxTotal without any phase passing maxPerPhase. Filling every phase
 *    first keeps month three (applications, mock interviews) from being crowded out by month one.
 *    With 5–6 items per phase (15–18 in all), every phase holds at least 25% of the plan (worst case 5 of 17).
 * "Best" = priority, then category (mindset, path, skill, networking, experience, job search), then the
 * biggest gap, then library order. Nothing else is consulted, so the plan is deterministic.
 */
import type {
  AssessmentInput,
  AssessmentResult,
  SkillArea,
  TransitionPath,
} from "@/domain/assessment/schema";
import { AREA_WORDS, planContext, type PlanContext } from "./context";
import {
  PLAN_ITEM_CATEGORIES,
  PLAN_PHASES,
  type GeneratedItem,
  type PlanItemCategory,
  type PlanPhase,
} from "./model";
import { GENERAL_TEMPLATES, SKILL_TEMPLATES } from "./templates";
import { CONDITIONS, type PlanItemTemplate, type SkillLevel, type SkillTemplate } from "./templates/types";

export const PLAN_LIMITS = {
  minPerPhase: 5,
  maxPerPhase: 6,
  maxTotal: 18,
  /** How many gap areas get skill items (the rest wait for the next assessment). */
  maxGapAreas: 3,
} as const;

/** The smallest share of a plan any phase may hold. Guaranteed by the limits above (5 of 17). */
export const MIN_PHASE_SHARE = 0.25;

/** Phases for a gap's first and (if any) second step, by the gap's rank (0 = largest). */
const SKILL_SCHEDULE: readonly { step1: PlanPhase; step2?: PlanPhase }[] = [
  { step1: 1, step2: 2 },
  { step1: 1, step2: 3 },
  { step1: 2 },
];

const CATEGORY_ORDER: Readonly<Record<PlanItemCategory, number>> = {
  mindset: 0,
  path: 1,
  skill: 2,
  networking: 3,
  experience: 4,
  job_search: 5,
};

const GENERAL_CATEGORIES = PLAN_ITEM_CATEGORIES.filter(
  (c): c is Exclude<PlanItemCategory, "skill"> => c !== "skill",
);

export interface GeneratePlanOptions {
  input: AssessmentInput;
  result: AssessmentResult;
  /** The path the plan follows; defaults to the recommended one. */
  path?: TransitionPath;
}

/** A skill area the plan works on, with the numbers its items talk about. */
export interface GapFocus {
  area: SkillArea;
  rating: number;
  target: number;
  gap: number;
  level: SkillLevel;
  /** 0 = largest gap */
  rank: number;
}

/**
 * The gap areas a plan focuses on: the result's `gaps` in order, keeping only areas with a real gap
 * (target above rating), at most `max` of them.
 */
export function gapFocus(result: AssessmentResult, max: number = PLAN_LIMITS.maxGapAreas): GapFocus[] {
  const focus: GapFocus[] = [];
  const seen = new Set<SkillArea>();
  for (const area of result.gaps) {
    if (focus.length >= max) break;
    if (seen.has(area)) continue;
    seen.add(area);
    const scored = result.areas.find((a) => a.area === area);
    if (!scored || scored.gap <= 0) continue;
    focus.push({
      area,
      rating: scored.rating,
      target: scored.target,
      gap: scored.gap,
      level: scored.rating <= 2 ? "foundation" : "stretch",
      rank: focus.length,
    });
  }
  return focus;
}

interface Candidate {
  item: Omit<GeneratedItem, "position">;
  priority: number;
  /** Tie-break after priority and category: gap rank for skill items, library order otherwise. */
  order: number;
  topic?: string;
}

function applies(template: PlanItemTemplate, input: AssessmentInput, path: TransitionPath): boolean {
  return template.paths.includes(path) && (template.requires ?? []).every((c) => CONDITIONS[c](input));
}

function compare(a: Candidate, b: Candidate): number {
  return (
    a.priority - b.priority ||
    CATEGORY_ORDER[a.item.category] - CATEGORY_ORDER[b.item.category] ||
    a.order - b.order
  );
}

function skillCandidates(ctx: PlanContext, focus: readonly GapFocus[]): Candidate[] {
  const out: Candidate[] = [];
  for (const gap of focus) {
    const pool = SKILL_TEMPLATES.filter(
      (t) => t.skill.area === gap.area && t.skill.level === gap.level && applies(t, ctx.input, ctx.path),
    );
    const generic = (step: 1 | 2) => pool.find((t) => t.skill.step === step && !t.skill.backgrounds);
    // A background-tailored first step replaces the generic one.
    const step1 =
      pool.find((t) => t.skill.step === 1 && t.skill.backgrounds?.includes(ctx.background)) ?? generic(1);
    const schedule = SKILL_SCHEDULE[gap.rank] ?? { step1: 3 as const };
    const steps: [SkillTemplate | undefined, PlanPhase | undefined][] = [
      [step1, schedule.step1],
      [generic(2), schedule.step2],
    ];
    const skillCtx = { ...ctx, ...gap, areaWords: AREA_WORDS[gap.area] };
    for (const [template, phase] of steps) {
      if (!template || !phase) continue;
      out.push({
        item: {
          templateKey: template.key,
          title: template.title,
          why: template.why(skillCtx),
          detail: template.detail,
          category: "skill",
          phase,
          skillArea: gap.area,
        },
        priority: gap.rank < 2 ? 1 : 2,
        order: gap.rank * 2 + template.skill.step,
        topic: template.topic,
      });
    }
  }
  return out;
}

function generalCandidates(ctx: PlanContext, takenTopics: Set<string>): Candidate[] {
  const all: Candidate[] = GENERAL_TEMPLATES.flatMap((t, index) =>
    applies(t, ctx.input, ctx.path)
      ? [
          {
            item: {
              templateKey: t.key,
              title: t.title,
              why: t.why(ctx),
              detail: t.detail,
              category: t.category,
              phase: t.phase,
            },
            priority: t.priorityOn?.[ctx.path] ?? t.priority,
            order: index,
            topic: t.topic,
          },
        ]
      : [],
  );
  // One item per topic: the best-ranked wins, and skill items have already claimed theirs.
  return all.sort(compare).filter((c) => {
    if (!c.topic) return true;
    if (takenTopics.has(c.topic)) return false;
    takenTopics.add(c.topic);
    return true;
  });
}

export function generatePlan({ input, result, path }: GeneratePlanOptions): GeneratedItem[] {
  const ctx = planContext(input, result, path ?? result.recommendedPath.path);
  const required = skillCandidates(ctx, gapFocus(result));
  const takenTopics = new Set(required.flatMap((c) => (c.topic ? [c.topic] : [])));
  const optional = generalCandidates(ctx, takenTopics);

  const chosen = new Set<Candidate>(required);
  const countIn = (phase: PlanPhase) => [...chosen].filter((c) => c.item.phase === phase).length;
  const fits = (c: Candidate) => countIn(c.item.phase) < PLAN_LIMITS.maxPerPhase;

  for (const category of GENERAL_CATEGORIES) {
    const best = optional.find((c) => c.item.category === category && fits(c));
    if (best) chosen.add(best);
  }
  for (const phase of PLAN_PHASES) {
    for (const c of optional) {
      if (countIn(phase) >= PLAN_LIMITS.minPerPhase) break;
      if (c.item.phase === phase) chosen.add(c);
    }
  }
  for (const c of optional) {
    if (chosen.size >= PLAN_LIMITS.maxTotal) break;
    if (!chosen.has(c) && fits(c)) chosen.add(c);
  }

  const ordered = [...chosen].sort((a, b) => a.item.phase - b.item.phase || compare(a, b));
  const nextPosition: Record<PlanPhase, number> = { 1: 0, 2: 0, 3: 0 };
  return ordered.map(({ item }) => ({ ...item, position: nextPosition[item.phase]++ }));
}

/** Items per phase. */
export function phaseCounts(items: readonly { phase: PlanPhase }[]): Record<PlanPhase, number> {
  const counts: Record<PlanPhase, number> = { 1: 0, 2: 0, 3: 0 };
  for (const item of items) counts[item.phase] += 1;
  return counts;
}

/** Balanced = every phase holds at least MIN_PHASE_SHARE of the items. An empty list is balanced. */
export function isBalanced(items: readonly { phase: PlanPhase }[]): boolean {
  if (items.length === 0) return true;
  const counts = phaseCounts(items);
  return PLAN_PHASES.every((p) => counts[p] / items.length >= MIN_PHASE_SHARE);
}
