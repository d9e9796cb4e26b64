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
  "other",
] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const PATHS = ["internal_move", "junior_pm", "startup"] as const;
export type TransitionPath = (typeof PATHS)[number];

export const MANAGER_SUPPORT = ["yes", "unsure", "no"] as const;
export type ManagerSupport = (typeof MANAGER_SUPPORT)[number];

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
  Object.fromEntries(SKILL_AREAS.map((area) => [area, level("Rating")])) as Record<
    SkillArea,
    ReturnType<typeof level>
  >,
  { error: objectError("Rate each of the eight skill areas") },
);

export const assessmentInputSchema = z.strictObject(
  {
    currentRole: z.enum(BACKGROUNDS, { error: "Choose your current role from the list" }),
    yearsExperience: years("Years of experience"),
    company: z.strictObject(
      {
        employsPMs: flag("Whether your company employs PMs"),
        worksWithPMs: flag("Whether you work with PMs"),
        tenureYears: years("Time at your company"),
        managerSupport: z.enum(MANAGER_SUPPORT, { error: "Choose yes, unsure or no" }),
      },
      { error: objectError("Tell us about your company") },
    ),
    riskTolerance: level("Risk tolerance"),
    wantsMentorship: level("Wish for mentorship"),
    evidence: z.strictObject(
      {
        sideProject: flag("Side project"),
        ledCrossFunctional: flag("Led cross-functional work"),
        customerFacing: flag("Customer-facing work"),
      },
      { error: objectError("Tell us what you have done") },
    ),
    skills: skillsSchema,
  },
  { error: objectError("Send the assessment answers as an object") },
);

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

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
  /** Plain-language reasons naming the answers that drove the fit; at least one. */
  reasons: string[];
  /** What would change this path's standing. */
  wouldChangeIf?: string[];
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
  /** Which scoring model produced this result */
  modelVersion?: string;
}
