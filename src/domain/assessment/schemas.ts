import "../zod-config";
import { z } from "zod";

/** The eight PM skill areas: the scoring axes. Order is the display order everywhere. */
export const SKILL_AREAS = [
  "strategy",
  "customer_insight",
  "data",
  "technical",
  "execution",
  "communication",
  "leadership",
  "business",
] as const;
export type SkillArea = (typeof SKILL_AREAS)[number];

/** Backgrounds a user can start from. */
export const BACKGROUNDS = [
  "software_engineer",
  "designer",
  "data_analyst",
  "marketing",
  "sales",
  "customer_success",
  "consultant",
  "project_manager",
  "business_analyst",
  "qa_engineer",
  "operations",
  "founder",
  "engineering_manager",
  "support_engineer",
  "solutions_engineer",
  "teacher",
  "technical_writer",
  "researcher",
  "other",
] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const PATHS = ["internal_move", "junior_pm", "startup"] as const;
export type TransitionPath = (typeof PATHS)[number];

export const MANAGER_SUPPORT = ["yes", "unsure", "no"] as const;
export type ManagerSupport = (typeof MANAGER_SUPPORT)[number];

/** Contract v2: whether the person has a job today. Absent means "employed" (every v1 input). */
export const EMPLOYMENT = ["employed", "between_jobs", "student", "self_employed"] as const;
export type Employment = (typeof EMPLOYMENT)[number];

/** Contract v2: optional headcount band of the current company. */
export const COMPANY_SIZES = ["under_50", "50_to_500", "over_500"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/**
 * Contract v3: what the current company builds. "product": its own software or digital product;
 * "services": agency, consultancy, outsourcing, IT services; "non_tech": school, hospital, retail,
 * government, … Absent means not known, and scores exactly as model 2.
 */
export const COMPANY_KINDS = ["product", "services", "non_tech"] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

/** Contract v3: the title to aim for on a path. */
export const PATH_LEVELS = ["associate", "pm"] as const;
export type PathLevel = (typeof PATH_LEVELS)[number];

/** The cross-field rule's message, shown at `company.tenureYears` by the schema and the questionnaire. */
export const TENURE_RULE_MESSAGE = "Time at your company can't be longer than your total years of experience";
/** Shown at `company` when an employed person sends no company answers. */
export const COMPANY_REQUIRED_MESSAGE = "Tell us about your company";

const level = (label: string) =>
  z
    .number({ error: `${label} must be a number from 1 to 5` })
    .int({ error: `${label} must be a whole number from 1 to 5` })
    .min(1, { error: `${label} must be at least 1` })
    .max(5, { error: `${label} must be at most 5` });

const years = (label: string) =>
  z
    .number({ error: `${label} must be a number of years` })
    .min(0, { error: `${label} cannot be negative` })
    .max(50, { error: `${label} must be 50 or less` });

const flag = (label: string) => z.boolean({ error: `${label} must be yes or no` });

/** Strict objects name unknown keys; any other problem with the object gets `message`. */
const objectError = (message: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" ? `Unknown field${issue.keys!.length > 1 ? "s" : ""}: ${issue.keys!.join(", ")}` : message;

export const skillsSchema = z.strictObject(
  Object.fromEntries(SKILL_AREAS.map((area) => [area, level("Rating")])) as Record<SkillArea, ReturnType<typeof level>>,
  { error: objectError("Rate each of the eight skill areas") },
);

export const companySchema = z.strictObject(
  {
    employsPMs: flag("Whether your company employs PMs"),
    worksWithPMs: flag("Whether you work with PMs"),
    tenureYears: years("Time at your company"),
    managerSupport: z.enum(MANAGER_SUPPORT, { error: "Choose yes, unsure or no" }),
    size: z.enum(COMPANY_SIZES, { error: "Choose under 50, 50 to 500 or over 500 people" }).optional(),
    kind: z
      .enum(COMPANY_KINDS, { error: "Choose what your company builds: its own product, services for clients, or something else" })
      .optional(),
  },
  { error: objectError(COMPANY_REQUIRED_MESSAGE) },
);

export type CompanyAnswers = z.infer<typeof companySchema>;

/**
 * Contract v3: doors that are already open. Both keys optional (absent = false). An unknown key is an error
 * at `openDoors.<key>`; anything but an object is an error at `openDoors`.
 */
const OPEN_DOOR_KEYS = ["referral", "startupContact"] as const;
export const openDoorsSchema = z
  .looseObject(
    {
      referral: flag("Whether someone would refer you").optional(),
      startupContact: flag("Whether you know someone at a startup").optional(),
    },
    { error: "Tell us which doors are open: an object with referral and startupContact" },
  )
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value))
      if (!(OPEN_DOOR_KEYS as readonly string[]).includes(key))
        ctx.addIssue({ code: "custom", path: [key], message: "Unknown field: use referral or startupContact", input: value[key] });
  })
  .transform(({ referral, startupContact }) => ({
    ...(referral !== undefined ? { referral } : {}),
    ...(startupContact !== undefined ? { startupContact } : {}),
  }));

export type OpenDoors = z.infer<typeof openDoorsSchema>;

/**
 * The fields of the contract, each with its own checks, and no cross-field rules: the questionnaire picks
 * a step's fields from it. Use `assessmentInputSchema` to validate a whole input.
 */
export const assessmentFieldsSchema = z.strictObject(
  {
    currentRole: z.enum(BACKGROUNDS, { error: "Choose your current role from the list" }),
    yearsExperience: years("Years of experience"),
    employment: z.enum(EMPLOYMENT, { error: "Choose employed, between jobs, student or self-employed" }).default("employed"),
    company: companySchema.optional(),
    riskTolerance: level("Risk tolerance"),
    wantsMentorship: level("Wish for mentorship"),
    evidence: z.strictObject(
      {
        sideProject: flag("Side project"),
        ledCrossFunctional: flag("Led cross-functional work"),
        customerFacing: flag("Customer-facing work"),
        domainExpertise: flag("Domain expertise").optional(),
      },
      { error: objectError("Tell us what you have done") },
    ),
    skills: skillsSchema,
    openDoors: openDoorsSchema.optional(),
  },
  { error: objectError("Send the assessment answers as an object") },
);

/** What a caller may send: a v1 input (no `employment`, `company` always present) or a v2 one. */
export type RawAssessmentInput = z.input<typeof assessmentFieldsSchema>;

/**
 * The normalised input every consumer reads: `employment` is always set and `company` always present.
 * When the person isn't employed and sent no company, `company` is NO_COMPANY; read `employment` (or
 * `isEmployed`) before treating company answers as a workplace.
 */
export type AssessmentInput = Omit<z.output<typeof assessmentFieldsSchema>, "company"> & { company: CompanyAnswers };

/** The company answers used when there is no company: no PMs, no tenure, no known manager. */
export const NO_COMPANY: Readonly<CompanyAnswers> = Object.freeze({
  employsPMs: false,
  worksWithPMs: false,
  tenureYears: 0,
  managerSupport: "unsure",
});

export const isEmployed = (input: Pick<RawAssessmentInput, "employment">): boolean => (input.employment ?? "employed") === "employed";

/**
 * Fills the v2 defaults once (employment "employed", company NO_COMPANY when absent). Idempotent, cheap
 * and check-free, so it also serves stored inputs written before a rule existed.
 */
export function normaliseInput(input: RawAssessmentInput): AssessmentInput {
  if (input.employment !== undefined && input.company !== undefined) return input as AssessmentInput;
  return {
    ...input,
    employment: input.employment ?? "employed",
    company: input.company ?? { ...NO_COMPANY },
  };
}

/** The cross-field rules, as issues at the field they concern. Exported for the questionnaire's steps. */
export function crossFieldIssues(input: {
  employment?: Employment;
  yearsExperience?: number;
  company?: { tenureYears?: number };
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if ((input.employment ?? "employed") === "employed" && input.company === undefined)
    issues.push({ path: ["company"], message: COMPANY_REQUIRED_MESSAGE });
  const tenure = input.company?.tenureYears;
  if (typeof tenure === "number" && typeof input.yearsExperience === "number" && tenure > input.yearsExperience)
    issues.push({ path: ["company", "tenureYears"], message: TENURE_RULE_MESSAGE });
  return issues;
}

/**
 * The whole input contract (v1 and v2): fields, cross-field rules, then normalisation. `parse` returns an
 * AssessmentInput with `employment` and `company` always present.
 */
export const assessmentInputSchema = assessmentFieldsSchema
  .superRefine(
    (value, ctx) => {
      for (const issue of crossFieldIssues(value)) ctx.addIssue({ code: "custom", ...issue, input: value });
    },
    // Run even when other fields failed, so a form shows the cross-field errors in the same pass.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) },
  )
  .transform((value): AssessmentInput => normaliseInput(value));

/**
 * Reads an input stored before a rule existed (e.g. v1 inputs whose tenure exceeds experience): every field
 * checked, cross-field rules not, then normalised. For stored data only; new input uses assessmentInputSchema.
 */
export const storedAssessmentInputSchema = assessmentFieldsSchema.transform((value): AssessmentInput => normaliseInput(value));

export interface AreaResult {
  area: SkillArea;
  rating: number;
  target: number;
  /** target − rating, never below 0 */
  gap: number;
  /** 0–100 */
  score: number;
}

export interface PathResult {
  path: TransitionPath;
  /** 0–100 */
  fit: number;
  /** Plain-language reasons naming the answers that drove the fit; at least one. `[...pros, ...cons]`. */
  reasons: string[];
  /** Reasons that speak for this path (model 2). */
  pros: string[];
  /** Reasons that speak against this path (model 2). */
  cons: string[];
  /** What would change this path's standing. */
  wouldChangeIf?: string[];
  /** Model 3: the title to aim for on this path; the same on every path of a result. */
  level: PathLevel;
}

export interface AssessmentResult {
  /** 0–100 */
  readiness: number;
  areas: AreaResult[];
  /** Skill-area keys, strongest first */
  strengths: SkillArea[];
  /** Skill-area keys, weakest (largest gap) first */
  gaps: SkillArea[];
  /** All three paths, best fit first */
  paths: PathResult[];
  recommendedPath: PathResult;
  /** True exactly when the top two fits are within CLOSE_CALL_POINTS (inclusive). */
  closeCall: boolean;
  /**
   * The product-adjacent step to take first: always below BRIDGE_BELOW (required), sometimes from there to
   * below BRIDGE_OPTIONAL_BELOW (optional, by background), never above.
   */
  bridge: Bridge | null;
  /** Which scoring model produced this result */
  modelVersion?: string;
}

/** Product-adjacent roles and moves that lead to a PM role. */
export const BRIDGE_KINDS = [
  "product_work_in_role",
  "product_ops",
  "product_specialist",
  "product_analyst",
  "apm_programme",
  "technical_product_owner",
  "technical_program_manager",
] as const;
export type BridgeKind = (typeof BRIDGE_KINDS)[number];

export interface Bridge {
  /** Which bridge (model 2 addition, beyond the contract's why/steps). */
  kind: BridgeKind;
  /** The bridge role's name, e.g. "Product operations". */
  role: string;
  /** Why this bridge, naming the role. */
  why: string;
  /** At least one concrete step. */
  steps: string[];
  /** Model 3: true below readiness 40 (take it before applying for PM roles); false for an optional bridge. */
  required: boolean;
}

/**
 * A result as stored: results from model 1 (before 2026.12) lack the v2 fields. Read them through this
 * type and fall back honestly (e.g. show `reasons` under a neutral heading when `pros` is absent).
 */
export type StoredPathResult = Omit<PathResult, "pros" | "cons" | "level"> & Partial<Pick<PathResult, "pros" | "cons" | "level">>;
/** A bridge as stored: model 2's bridges lack `required` (they were all required). */
export type StoredBridge = Omit<Bridge, "required"> & { required?: boolean };
export type StoredAssessmentResult = Omit<AssessmentResult, "paths" | "recommendedPath" | "closeCall" | "bridge"> & {
  paths: StoredPathResult[];
  recommendedPath: StoredPathResult;
  closeCall?: boolean;
  bridge?: StoredBridge | null;
};
