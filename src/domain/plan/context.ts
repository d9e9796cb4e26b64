/**
 * What a template's `why` can talk about: the user's path, background, situation and, for skill items,
 * the gap being closed. The wording tables here are phrased for the middle of a sentence ("as a marketer",
 * "the move from marketing into product"), which is why they are separate from the assessment's display
 * labels.
 */
import type { AssessmentInput, AssessmentResult, Background, Bridge, SkillArea, TransitionPath } from "@/domain/assessment/schemas";

interface BackgroundWords {
  /** "a software engineer" */
  a: string;
  /** "software engineers" */
  plural: string;
  /** "software engineering", as in "a background in software engineering" */
  field: string;
}

export const BACKGROUND_WORDS: Readonly<Record<Background, BackgroundWords>> = {
  software_engineer: { a: "a software engineer", plural: "software engineers", field: "software engineering" },
  designer: { a: "a designer", plural: "designers", field: "design" },
  data_analyst: { a: "a data analyst", plural: "data analysts", field: "data and analytics" },
  marketing: { a: "a marketer", plural: "marketers", field: "marketing" },
  sales: { a: "a salesperson", plural: "salespeople", field: "sales" },
  customer_success: {
    a: "a customer success specialist",
    plural: "customer success specialists",
    field: "customer success",
  },
  consultant: { a: "a consultant", plural: "consultants", field: "consulting" },
  project_manager: { a: "a project manager", plural: "project managers", field: "project management" },
  business_analyst: { a: "a business analyst", plural: "business analysts", field: "business analysis" },
  qa_engineer: { a: "a QA engineer", plural: "QA engineers", field: "quality assurance" },
  operations: { a: "an operations professional", plural: "operations professionals", field: "operations" },
  founder: { a: "a founder", plural: "founders", field: "building your own company" },
  engineering_manager: { a: "an engineering manager", plural: "engineering managers", field: "engineering management" },
  support_engineer: { a: "a support engineer", plural: "support engineers", field: "technical support" },
  solutions_engineer: { a: "a solutions engineer", plural: "solutions engineers", field: "solutions engineering" },
  teacher: { a: "a teacher", plural: "teachers", field: "education" },
  technical_writer: { a: "a technical writer", plural: "technical writers", field: "technical writing" },
  researcher: { a: "a researcher", plural: "researchers", field: "research" },
  other: { a: "someone changing careers", plural: "people in other careers", field: "your current field" },
};

interface PathWords {
  /** "the startup path" */
  name: string;
  /** "a product role at a startup" */
  goal: string;
  /** Who decides whether the user gets there: "startup founders and hiring managers". */
  audience: string;
}

export const PATH_WORDS: Readonly<Record<TransitionPath, PathWords>> = {
  internal_move: {
    name: "the internal move path",
    goal: "a product role at your current company",
    audience: "the people deciding on your internal move",
  },
  junior_pm: {
    name: "the new-company PM path",
    goal: "a PM role at a new company",
    audience: "hiring managers for PM roles",
  },
  startup: {
    name: "the startup path",
    goal: "a product role at a startup",
    audience: "startup founders and hiring managers",
  },
};

/** Skill areas in sentence case, for use mid-sentence. */
export const AREA_WORDS: Readonly<Record<SkillArea, string>> = {
  strategy: "product strategy",
  customer_insight: "customer insight",
  data: "data and analytics skills",
  technical: "technical fluency",
  execution: "execution and prioritisation",
  communication: "communication",
  leadership: "leadership and collaboration",
  business: "business acumen",
};

/** Everything a general (non-skill) template's `why` may use. */
export interface PlanContext {
  input: AssessmentInput;
  result: AssessmentResult;
  path: TransitionPath;
  background: Background;
  bg: BackgroundWords;
  pathWords: PathWords;
  /**
   * The result's required bridge, when readiness is below the entry bar (null for results stored before
   * model 2, and for model 3's optional bridges, which never hold PM applications back).
   */
  bridge: Bridge | null;
  /** Model 3: the result's optional bridge (readiness 40 to below 60), offered beside the PM applications. */
  optionalBridge: Bridge | null;
}

/** A skill template's context: the plan context plus the gap being closed. */
export interface SkillContext extends PlanContext {
  area: SkillArea;
  areaWords: string;
  rating: number;
  target: number;
  gap: number;
  /** 0 = the user's largest gap. */
  rank: number;
}

export function planContext(input: AssessmentInput, result: AssessmentResult, path: TransitionPath): PlanContext {
  return {
    input,
    result,
    path,
    background: input.currentRole,
    bg: BACKGROUND_WORDS[input.currentRole],
    pathWords: PATH_WORDS[path],
    bridge: result.bridge && result.bridge.required !== false ? result.bridge : null,
    optionalBridge: result.bridge && result.bridge.required === false ? result.bridge : null,
  };
}

/** "you rated your customer insight 2 of 5 against an entry-level target of 3" */
export function rated(c: SkillContext): string {
  return `you rated your ${c.areaWords} ${c.rating} of 5 against an entry-level target of ${c.target}`;
}

/** Same as `rated`, starting a sentence. */
export function Rated(c: SkillContext): string {
  const text = rated(c);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "less than a year", "a year", "4 years" */
export function tenure(years: number): string {
  if (years < 1) return "less than a year";
  const whole = Math.floor(years);
  return whole === 1 ? "a year" : `${whole} years`;
}

/** "your bridge role (product operations)" or, without a bridge, "an associate PM or product specialist role". */
export function bridgeRole(c: PlanContext): string {
  const bridge = c.bridge ?? c.optionalBridge;
  return bridge ? bridge.role.charAt(0).toLowerCase() + bridge.role.slice(1) : "an associate PM or product specialist role";
}
