/**
 * The shape of a plan-item template, and the named conditions a template can require. Conditions are
 * named (not free-form predicates) so tests and reviewers can see at a glance which items depend on,
 * say, the company employing PMs.
 */
import type { AssessmentInput, Background, SkillArea, TransitionPath } from "@/domain/assessment/schema";
import type { PlanContext, SkillContext } from "../context";
import type { PlanItemCategory, PlanPhase } from "../model";

export const CONDITIONS = {
  /** The company has product managers of its own. */
  employsPMs: (i: AssessmentInput) => i.company.employsPMs,
  noPMsAtCompany: (i: AssessmentInput) => !i.company.employsPMs,
  /** There is a PM the user can reach at work: on staff, or one they already work with. */
  pmsNearby: (i: AssessmentInput) => i.company.employsPMs || i.company.worksWithPMs,
  managerOpen: (i: AssessmentInput) => i.company.managerSupport !== "no",
  managerOpposed: (i: AssessmentInput) => i.company.managerSupport === "no",
  hasSideProject: (i: AssessmentInput) => i.evidence.sideProject,
  noSideProject: (i: AssessmentInput) => !i.evidence.sideProject,
  notLedCrossFunctional: (i: AssessmentInput) => !i.evidence.ledCrossFunctional,
  /** Asked for at least a moderate amount of structure and mentoring (3+ of 5). */
  wantsGuidance: (i: AssessmentInput) => i.wantsMentorship >= 3,
  /** Prefers stability (risk tolerance 1–2 of 5). */
  cautiousWithRisk: (i: AssessmentInput) => i.riskTolerance <= 2,
} as const satisfies Record<string, (input: AssessmentInput) => boolean>;

export type Condition = keyof typeof CONDITIONS;

/** 1 = essential for the path, 2 = recommended, 3 = worthwhile if there is room. */
export type Priority = 1 | 2 | 3;

interface TemplateBase {
  /** Stable identifier stored on the item (PlanItem.templateKey). Never reuse or rename a key. */
  key: string;
  /** Imperative, short: what to do. */
  title: string;
  /** Two or three sentences: how to do it, concrete enough to finish in a week or two. */
  detail: string;
  /** The paths this template belongs to. */
  paths: readonly TransitionPath[];
  /** All must hold for the template to be used. */
  requires?: readonly Condition[];
  phase: PlanPhase;
  priority: Priority;
  /** Overrides `priority` on particular paths, for steps that matter more on one path than another. */
  priorityOn?: Partial<Record<TransitionPath, Priority>>;
  /** Templates sharing a topic cover the same ground; a plan takes at most one of them. */
  topic?: string;
}

export interface GeneralTemplate extends TemplateBase {
  category: Exclude<PlanItemCategory, "skill">;
  /** One sentence on why this matters for this user. */
  why: (c: PlanContext) => string;
}

/** Foundation for a self-rating of 1–2, stretch for 3 and above. */
export type SkillLevel = "foundation" | "stretch";

export interface SkillTemplate extends TemplateBase {
  category: "skill";
  skill: {
    area: SkillArea;
    level: SkillLevel;
    /** Step 1 starts on the gap, step 2 builds on it. */
    step: 1 | 2;
    /**
     * When set, this template replaces the generic step for these backgrounds: advice that works for an
     * engineer closing customer insight is different from what works for a marketer.
     */
    backgrounds?: readonly Background[];
  };
  /**
   * For a skill template, `phase` is the phase when this is the user's largest gap; smaller gaps are
   * scheduled later by the generator so the plan starts with what matters most.
   */
  why: (c: SkillContext) => string;
}

export type PlanItemTemplate = GeneralTemplate | SkillTemplate;
