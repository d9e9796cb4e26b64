/**
 * Turns an assessment into a personal 90-day plan (docs/decisions/0014-plan-contract-v2-and-resources.md).
 *
 * 1. Skill items are required. The focus is the largest real gaps (at most three); when fewer than three
 *    areas fall short, areas that only meet their target are sharpened with stretch steps. The two first
 *    areas get a first and a follow-up step, the third a first step. With a bridge, both follow-ups move
 *    forward so the first month builds skills.
 * 2. General items (path, networking, experience, job search, mindset) are candidates when they belong to
 *    the chosen path and their conditions hold; one item per topic.
 * 3. The article's tips are guaranteed where they apply (GUARANTEES): patience, bridge first, networking in
 *    the first 60 days, a community or mentor, handling a no, openness to associate/specialist roles,
 *    helping a PM or shipping a side project, and the job-search preparation (research, tailoring,
 *    practice, mock interviews, a coach).
 * 4. Every general category gets its best candidate, then each phase is filled to PLAN_LIMITS.minPerPhase,
 *    then the best remaining candidates fill the plan up to maxTotal without any phase passing maxPerPhase.
 * "Best" = priority, then category (mindset, path, skill, networking, experience, job search), then the
 * biggest gap, then library order. Nothing else is consulted, so the plan is deterministic.
 * Each item carries curated resources looked up by its template key (src/domain/resource).
 */
import { SKILL_AREAS, type AssessmentInput, type AssessmentResult, type SkillArea, type TransitionPath } from "@/domain/assessment/schemas";
import { resourcesForTemplate } from "@/domain/resource";
import { AREA_WORDS, planContext, type PlanContext } from "./context";
import { PLAN_ITEM_CATEGORIES, PLAN_PHASES, type GeneratedItem, type PlanItemCategory, type PlanPhase } from "./model";
import { GENERAL_TEMPLATES, SKILL_TEMPLATES } from "./templates";
import { CONDITIONS, type PlanItemTemplate, type SkillLevel, type SkillTemplate } from "./templates/types";

export const PLAN_LIMITS = {
  minPerPhase: 6,
  maxPerPhase: 8,
  maxTotal: 22,
  /** How many areas get skill items (the rest wait for the next assessment). */
  maxGapAreas: 3,
} as const;

/** The smallest share of a plan any phase may hold. Guaranteed by the limits above (worst case 6 of 22). */
export const MIN_PHASE_SHARE = 0.25;

type Schedule = readonly { step1: PlanPhase; step2?: PlanPhase }[];

/** Phases for an area's first and (if any) second step, by the area's rank (0 = largest gap). */
const SKILL_SCHEDULE: Schedule = [{ step1: 1, step2: 2 }, { step1: 1, step2: 3 }, { step1: 2 }];

/** With a bridge, skills come first: two first steps in month one, both follow-ups in month two. */
const BRIDGE_SCHEDULE: Schedule = [{ step1: 1, step2: 2 }, { step1: 1, step2: 2 }, { step1: 2 }];

/** A bridge with a single area to work on: both of its steps in the first month. */
const BRIDGE_SINGLE_SCHEDULE: Schedule = [{ step1: 1, step2: 1 }];

const CATEGORY_ORDER: Readonly<Record<PlanItemCategory, number>> = {
  mindset: 0,
  path: 1,
  skill: 2,
  networking: 3,
  experience: 4,
  job_search: 5,
};

const GENERAL_CATEGORIES = PLAN_ITEM_CATEGORIES.filter((c): c is Exclude<PlanItemCategory, "skill"> => c !== "skill");

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
  /** 0 when the area only meets its target and is being sharpened. */
  gap: number;
  level: SkillLevel;
  /** 0 = largest gap */
  rank: number;
}

/**
 * The areas a plan focuses on, at most `max`: the result's `gaps` in order (only areas with a real gap,
 * target above rating), then, while there is room, areas that exactly meet their target, in skill-area
 * order. A real gap rated 1–2 gets foundation steps, 3+ stretch steps; an area at its target gets stretch
 * steps, which take it past the entry level into a strength.
 */
export function gapFocus(result: AssessmentResult, max: number = PLAN_LIMITS.maxGapAreas): GapFocus[] {
  const focus: GapFocus[] = [];
  const seen = new Set<SkillArea>();
  const add = (area: SkillArea, accept: (gap: number, rating: number, target: number) => boolean) => {
    if (focus.length >= max || seen.has(area)) return;
    const scored = result.areas.find((a) => a.area === area);
    if (!scored || !accept(scored.gap, scored.rating, scored.target)) return;
    seen.add(area);
    focus.push({
      area,
      rating: scored.rating,
      target: scored.target,
      gap: scored.gap,
      level: scored.gap > 0 && scored.rating <= 2 ? "foundation" : "stretch",
      rank: focus.length,
    });
  };
  for (const area of result.gaps) add(area, (gap) => gap > 0);
  for (const area of SKILL_AREAS) add(area, (gap, rating, target) => gap === 0 && rating === target);
  return focus;
}

interface Candidate {
  /** The item without its `why`, which is only worded for the items chosen (`because`). */
  item: Omit<GeneratedItem, "position" | "why">;
  because: () => string;
  /** A stretch step for an area that already meets its target: optional, taken when there is room. */
  sharpen?: boolean;
  priority: number;
  /** Tie-break after priority and category: gap rank for skill items, library order otherwise. */
  order: number;
  topic?: string;
}

function applies(template: PlanItemTemplate, ctx: PlanContext): boolean {
  return template.paths.includes(ctx.path) && (template.requires ?? []).every((c) => CONDITIONS[c](ctx.input, ctx.result));
}

function compare(a: Candidate, b: Candidate): number {
  return a.priority - b.priority || CATEGORY_ORDER[a.item.category] - CATEGORY_ORDER[b.item.category] || a.order - b.order;
}

/**
 * The template for one step of a focus area: a background-tailored variant first, then a situational
 * variant (e.g. with engineers nearby), then the unconditional one. Every area, level and step has an
 * unconditional template, so there is always one.
 */
function stepTemplate(pool: readonly SkillTemplate[], step: 1 | 2, ctx: PlanContext): SkillTemplate | undefined {
  const ofStep = pool.filter((t) => t.skill.step === step);
  return (
    ofStep.find((t) => t.skill.backgrounds?.includes(ctx.background)) ??
    ofStep.find((t) => !t.skill.backgrounds && (t.requires?.length ?? 0) > 0) ??
    ofStep.find((t) => !t.skill.backgrounds && !t.requires?.length)
  );
}

function skillCandidates(ctx: PlanContext, focus: readonly GapFocus[]): Candidate[] {
  const schedule = ctx.bridge ? (focus.length === 1 ? BRIDGE_SINGLE_SCHEDULE : BRIDGE_SCHEDULE) : SKILL_SCHEDULE;
  const out: Candidate[] = [];
  for (const gap of focus) {
    const pool = SKILL_TEMPLATES.filter((t) => t.skill.area === gap.area && t.skill.level === gap.level && applies(t, ctx));
    const phases = schedule[gap.rank] ?? { step1: 3 as const };
    const steps: [SkillTemplate | undefined, PlanPhase | undefined][] = [
      [stepTemplate(pool, 1, ctx), phases.step1],
      [stepTemplate(pool, 2, ctx), phases.step2],
    ];
    const skillCtx = { ...ctx, ...gap, areaWords: AREA_WORDS[gap.area] };
    for (const [template, phase] of steps) {
      if (!template || !phase) continue;
      out.push({
        item: {
          templateKey: template.key,
          title: template.title,
          detail: template.detail,
          category: "skill",
          phase,
          skillArea: gap.area,
        },
        because: () => template.why(skillCtx),
        priority: gap.gap === 0 ? 2 : gap.rank < 2 ? 1 : 2,
        order: gap.rank * 2 + template.skill.step,
        topic: template.topic,
        sharpen: gap.gap === 0,
      });
    }
  }
  return out;
}

function generalCandidates(ctx: PlanContext): Candidate[] {
  return GENERAL_TEMPLATES.flatMap((t, index) =>
    applies(t, ctx)
      ? [
          {
            item: {
              templateKey: t.key,
              title: t.title,
              detail: t.detail,
              category: t.category,
              phase: t.phase,
            },
            because: () => t.why(ctx),
            priority:
              t.priorityIf && CONDITIONS[t.priorityIf.when](ctx.input, ctx.result)
                ? t.priorityIf.priority
                : (t.priorityOn?.[ctx.path] ?? t.priority),
            order: index,
            topic: t.topic,
          },
        ]
      : [],
  );
}

/**
 * One item per topic: required skill steps have claimed theirs; among the rest (general steps and steps that
 * sharpen an area already at its target) the best-ranked wins. `candidates` must be sorted best first.
 */
function onePerTopic(candidates: readonly Candidate[], claimedTopics: ReadonlySet<string>): Candidate[] {
  const taken = new Set(claimedTopics);
  return candidates.filter((c) => {
    if (!c.topic) return true;
    if (taken.has(c.topic)) return false;
    taken.add(c.topic);
    return true;
  });
}

/** A tip the plan must carry when `when` holds: some item matching `match`. */
export interface Guarantee {
  name: string;
  when: (ctx: PlanContext) => boolean;
  match: (item: Pick<GeneratedItem, "templateKey" | "category" | "phase">) => boolean;
}

const keyIn =
  (...keys: string[]) =>
  (item: { templateKey: string }) =>
    keys.includes(item.templateKey);
const always = () => true;
const onPaths =
  (...paths: TransitionPath[]) =>
  (ctx: PlanContext) =>
    paths.includes(ctx.path);

/**
 * The article's tips, in the order they claim room. Each is met by the best applicable candidate; the
 * plan contract's tests (tests/unit/plan/contract.test.ts) check every one on every path.
 */
export const GUARANTEES: readonly Guarantee[] = [
  { name: "patience", when: always, match: keyIn("mindset.timeline") },
  { name: "bridge first", when: (c) => c.bridge !== null, match: keyIn("mindset.bridge_first") },
  {
    name: "applications go to the bridge",
    when: (c) => c.bridge !== null && c.path !== "internal_move",
    match: keyIn("job_search.bridge_applications"),
  },
  {
    name: "networking in the first 60 days",
    when: always,
    match: (i) => i.category === "networking" && i.phase <= 2,
  },
  {
    name: "a community or mentor step in the first 60 days when no PMs are nearby or mentoring is wanted",
    when: (c) => CONDITIONS.noPMsNearby(c.input) || c.input.wantsMentorship >= 4,
    match: (i) => (i.templateKey === "networking.online_community" || i.templateKey === "networking.mentor") && i.phase <= 2,
  },
  {
    name: "a community when no PMs are nearby",
    when: (c) => CONDITIONS.noPMsNearby(c.input),
    match: keyIn("networking.online_community"),
  },
  { name: "a mentor when mentoring is wanted", when: (c) => c.input.wantsMentorship >= 4, match: keyIn("networking.mentor") },
  { name: "handle a no", when: always, match: keyIn("mindset.handle_no") },
  { name: "the optional bridge role", when: (c) => c.optionalBridge !== null, match: keyIn("job_search.optional_bridge") },
  {
    name: "open to associate PM and specialist roles",
    when: (c) => c.path === "junior_pm" || c.bridge !== null,
    match: keyIn("mindset.adjacent_roles"),
  },
  {
    name: "help a PM or ship a side project",
    when: always,
    match: keyIn("experience.help_pm", "experience.side_project", "experience.side_project_case_study"),
  },
  {
    name: "research companies",
    when: onPaths("junior_pm", "startup"),
    match: keyIn("job_search.shortlist"),
  },
  {
    name: "research how the move happens",
    when: onPaths("internal_move"),
    match: keyIn("path.internal.ladder", "path.internal.find_product_work", "path.internal.choose_employer"),
  },
  {
    name: "tailor the resume",
    when: onPaths("junior_pm", "startup"),
    match: keyIn("job_search.tailor_applications"),
  },
  {
    name: "make the case",
    when: onPaths("internal_move"),
    match: keyIn("path.internal.achievements", "path.internal.first_months"),
  },
  { name: "practise interview questions", when: always, match: keyIn("job_search.practise_questions") },
  { name: "mock interviews", when: always, match: keyIn("job_search.mock_interviews") },
  { name: "an interview coach", when: always, match: keyIn("job_search.interview_coach") },
];

/**
 * A guaranteed tip whose own phase is full moves to the next phase with room, if it still counts there
 * (networking moved to month three would not). Keeps the tips without breaking the phase limits.
 */
function movedLater(optional: readonly Candidate[], g: Guarantee, counts: Readonly<Record<PlanPhase, number>>): Candidate | undefined {
  for (const c of optional) {
    if (!g.match(c.item)) continue;
    for (const phase of PLAN_PHASES) {
      if (phase <= c.item.phase || counts[phase] >= PLAN_LIMITS.maxPerPhase) continue;
      const moved = { ...c, item: { ...c.item, phase } };
      if (g.match(moved.item)) return moved;
    }
  }
  return undefined;
}

export function generatePlan({ input, result, path }: GeneratePlanOptions): GeneratedItem[] {
  const ctx = planContext(input, result, path ?? result.recommendedPath.path);
  const skill = skillCandidates(ctx, gapFocus(result));
  // Real gaps are required; sharpening an area that only meets its target competes for room like any step.
  const required = skill.filter((c) => !c.sharpen);
  const requiredTopics = new Set(required.flatMap((c) => (c.topic ? [c.topic] : [])));
  const optional = onePerTopic([...skill.filter((c) => c.sharpen), ...generalCandidates(ctx)].sort(compare), requiredTopics);

  const chosen = new Set<Candidate>();
  const counts: Record<PlanPhase, number> = { 1: 0, 2: 0, 3: 0 };
  const choose = (c: Candidate) => {
    if (chosen.has(c)) return;
    chosen.add(c);
    counts[c.item.phase] += 1;
  };
  const fits = (c: Candidate) => counts[c.item.phase] < PLAN_LIMITS.maxPerPhase;
  const has = (match: (item: Candidate["item"]) => boolean) => [...chosen].some((c) => match(c.item));
  required.forEach(choose);

  for (const g of GUARANTEES) {
    if (!g.when(ctx) || has(g.match)) continue;
    const best = optional.find((c) => g.match(c.item) && fits(c)) ?? movedLater(optional, g, counts);
    if (best) choose(best);
  }
  for (const category of GENERAL_CATEGORIES) {
    if (has((i) => i.category === category)) continue;
    const best = optional.find((c) => c.item.category === category && fits(c));
    if (best) choose(best);
  }
  for (const phase of PLAN_PHASES) {
    for (const c of optional) {
      if (counts[phase] >= PLAN_LIMITS.minPerPhase) break;
      if (c.item.phase === phase) choose(c);
    }
  }
  for (const c of optional) {
    if (chosen.size >= PLAN_LIMITS.maxTotal) break;
    if (!chosen.has(c) && fits(c)) choose(c);
  }

  const ordered = [...chosen].sort((a, b) => a.item.phase - b.item.phase || compare(a, b));
  const nextPosition: Record<PlanPhase, number> = { 1: 0, 2: 0, 3: 0 };
  return ordered.map(({ item, because }) => {
    const resources = resourcesForTemplate(item.templateKey);
    return {
      ...item,
      why: because(),
      position: nextPosition[item.phase]++,
      ...(resources.length > 0 ? { resources } : {}),
    };
  });
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
