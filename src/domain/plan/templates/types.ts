/**
 * The shape of a plan-item template, and the named conditions a template can require. Conditions are
 * named (not free-form predicates) so tests and reviewers can see at a glance which items depend on,
 * say, the company employing PMs.
 */
import type { AssessmentInput, AssessmentResult, Background, SkillArea, TransitionPath } from "@/domain/assessment/schemas";
import type { PlanContext, SkillContext } from "../context";
import type { PlanItemCategory, PlanPhase } from "../model";

/** Backgrounds whose daily work already puts them beside engineers, whatever the company answers say. */
const BESIDE_ENGINEERS: readonly Background[] = [
  "software_engineer",
  "qa_engineer",
  "engineering_manager",
  "support_engineer",
  "solutions_engineer",
  "technical_writer",
];

const employed = (i: AssessmentInput) => i.employment === "employed";
/** Company answers only describe a workplace when the person is employed (contract v2). */
const employsPMs = (i: AssessmentInput) => employed(i) && i.company.employsPMs;
const pmsNearby = (i: AssessmentInput) => employed(i) && (i.company.employsPMs || i.company.worksWithPMs);
/** Someone at work who can explain a system or review a spec: PMs imply a product team with engineers. */
const engineersNearby = (i: AssessmentInput) => employed(i) && (pmsNearby(i) || BESIDE_ENGINEERS.includes(i.currentRole));
/**
 * Aim at PM roles, not associate programmes: the result's level (contract v3; the same on every path).
 * Results without a level (read through storedResultAsV2, which sets one) fall back to model 2's rule.
 */
const senior = (i: AssessmentInput, r: AssessmentResult) =>
  r.paths[0]?.level !== undefined ? r.paths[0].level === "pm" : r.readiness >= 75 && i.yearsExperience >= 8;
/** A required bridge (readiness below 40); model 3's optional bridges don't hold PM applications back. */
const hasBridge = (_: AssessmentInput, r: AssessmentResult) => (r.bridge ?? null) !== null && r.bridge!.required !== false;
const hasOptionalBridge = (_: AssessmentInput, r: AssessmentResult) => r.bridge?.required === false;

export const CONDITIONS = {
  /** Has a job today; company answers describe a real workplace. */
  employed,
  /** Between jobs, studying or self-employed: no colleagues, manager or company process to lean on. */
  notEmployed: (i: AssessmentInput) => !employed(i),
  /** The company has product managers of its own. */
  employsPMs,
  /** Employed at a company with no PMs of its own. */
  noPMsAtCompany: (i: AssessmentInput) => employed(i) && !i.company.employsPMs,
  /** There is a PM the user can reach at work: on staff, or one they already work with. */
  pmsNearby,
  noPMsNearby: (i: AssessmentInput) => !pmsNearby(i),
  engineersNearby,
  noEngineersNearby: (i: AssessmentInput) => !engineersNearby(i),
  /** Works somewhere that sells something: "how your company makes money" makes sense there. */
  commercialEmployer: (i: AssessmentInput) => employed(i) && i.currentRole !== "teacher",
  noCommercialEmployer: (i: AssessmentInput) => !employed(i) || i.currentRole === "teacher",
  managerOpen: (i: AssessmentInput) => employed(i) && i.company.managerSupport !== "no",
  managerOpposed: (i: AssessmentInput) => employed(i) && i.company.managerSupport === "no",
  hasSideProject: (i: AssessmentInput) => i.evidence.sideProject,
  noSideProject: (i: AssessmentInput) => !i.evidence.sideProject,
  notLedCrossFunctional: (i: AssessmentInput) => !i.evidence.ledCrossFunctional,
  notCustomerFacing: (i: AssessmentInput) => !i.evidence.customerFacing,
  /** Asked for at least a moderate amount of structure and mentoring (3+ of 5). */
  wantsGuidance: (i: AssessmentInput) => i.wantsMentorship >= 3,
  /** Prefers stability (risk tolerance 1–2 of 5). */
  cautiousWithRisk: (i: AssessmentInput) => i.riskTolerance <= 2,
  /** The result's level is "pm": aim at PM roles rather than associate programmes. */
  senior,
  notSenior: (i: AssessmentInput, r: AssessmentResult) => !senior(i, r),
  /** The result names a bridge (readiness below the entry bar): bridge roles come before PM roles. */
  bridge: hasBridge,
  noBridge: (i: AssessmentInput, r: AssessmentResult) => !hasBridge(i, r),
  /** Model 3: the result offers an optional bridge role beside the PM applications. */
  optionalBridge: hasOptionalBridge,
  /** Model 3: employed at a company that builds its own product. */
  productCompany: (i: AssessmentInput) => employed(i) && i.company.kind === "product",
  notProductCompany: (i: AssessmentInput) => !employed(i) || i.company.kind !== "product",
  student: (i: AssessmentInput) => i.employment === "student",
  /** Model 3: someone at a hiring company would refer them. */
  hasReferral: (i: AssessmentInput) => i.openDoors?.referral === true,
  noReferral: (i: AssessmentInput) => i.openDoors?.referral !== true,
  /** Model 3: deep knowledge of an industry products are built for. */
  domainExpertise: (i: AssessmentInput) => i.evidence.domainExpertise === true,
} as const satisfies Record<string, (input: AssessmentInput, result: AssessmentResult) => boolean>;

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
  /** Overrides both when the condition holds, for steps that matter more in one situation (checked first). */
  priorityIf?: { when: Condition; priority: Priority };
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
