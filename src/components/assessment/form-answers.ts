/**
 * The questionnaire's answers while they are being given: the shape of AssessmentInput, every field
 * optional, years kept as the text the person typed. Pure (no React, no browser APIs), so the server page
 * can turn a saved assessment into answers and unit tests can check the conversions.
 */
import "@/domain/zod-config";
import { z } from "zod";
import {
  assessmentFieldsSchema,
  assessmentInputSchema,
  crossFieldIssues,
  BACKGROUNDS,
  COMPANY_KINDS,
  COMPANY_SIZES,
  EMPLOYMENT,
  MANAGER_SUPPORT,
  SKILL_AREAS,
  type AssessmentInput,
  type Background,
  type CompanyKind,
  type CompanySize,
  type Employment,
  type ManagerSupport,
  type SkillArea,
  type ScalePoint,
  type SkillLevel,
} from "@/domain/assessment";
import { QUESTIONNAIRE_STEPS } from "@/domain/assessment/draft";

// Drafts come from localStorage or an older version of this form: keep what still fits, drop the rest.
const kept = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const levelValue = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
// Years stay text until validation so "1,5" or a half-typed value survives a reload as typed.
const yearsText = z.string().max(8);
const skillLevels = Object.fromEntries(SKILL_AREAS.map((area) => [area, kept(levelValue)])) as Record<
  SkillArea,
  z.ZodCatch<z.ZodOptional<typeof levelValue>>
>;

export const formAnswersSchema = z
  .object({
    currentRole: kept(z.enum(BACKGROUNDS)),
    yearsExperience: kept(yearsText),
    employment: kept(z.enum(EMPLOYMENT)),
    company: kept(
      z.object({
        employsPMs: kept(z.boolean()),
        worksWithPMs: kept(z.boolean()),
        tenureYears: kept(yearsText),
        managerSupport: kept(z.enum(MANAGER_SUPPORT)),
        size: kept(z.enum(COMPANY_SIZES)),
        // "not_sure" is the questionnaire's own answer: it sends no kind (contract v3: absent = not known).
        kind: kept(z.enum([...COMPANY_KINDS, "not_sure"])),
      }),
    ),
    riskTolerance: kept(levelValue),
    wantsMentorship: kept(levelValue),
    evidence: kept(
      z.object({
        sideProject: kept(z.boolean()),
        ledCrossFunctional: kept(z.boolean()),
        customerFacing: kept(z.boolean()),
        domainExpertise: kept(z.boolean()),
      }),
    ),
    openDoors: kept(
      z.object({
        referral: kept(z.boolean()),
        startupContact: kept(z.boolean()),
      }),
    ),
    skills: kept(z.object(skillLevels)),
  })
  .catch({});

export type FormAnswers = z.infer<typeof formAnswersSchema>;

/** Whatever a stored draft holds, as answers this form can show. Never throws. */
export function parseFormAnswers(value: unknown): FormAnswers {
  return formAnswersSchema.parse(value);
}

/** A saved assessment's input as answers, for re-assessment ("change what's changed"). */
export function answersFromInput(input: AssessmentInput): FormAnswers {
  // Someone not employed answered no company questions: don't pre-fill them with the normalised stand-in.
  const { company, ...rest } = input;
  return parseFormAnswers({
    ...rest,
    yearsExperience: String(input.yearsExperience),
    ...(input.employment === "employed" ? { company: { ...company, tenureYears: String(company.tenureYears) } } : {}),
  });
}

/** Every answer the form can set, by dotted path (the same paths zod and the server use for errors). */
export interface AnswerValues {
  currentRole: Background;
  yearsExperience: string;
  employment: Employment;
  "company.employsPMs": boolean;
  "company.worksWithPMs": boolean;
  "company.tenureYears": string;
  "company.managerSupport": ManagerSupport;
  "company.size": CompanySize;
  "company.kind": CompanyKind | "not_sure";
  riskTolerance: ScalePoint;
  wantsMentorship: ScalePoint;
  "evidence.sideProject": boolean;
  "evidence.ledCrossFunctional": boolean;
  "evidence.customerFacing": boolean;
  "evidence.domainExpertise": boolean;
  "openDoors.referral": boolean;
  "openDoors.startupContact": boolean;
  [skill: `skills.${string}`]: SkillLevel;
}
export type AnswerPath = keyof AnswerValues;

export function withAnswer<P extends AnswerPath>(answers: FormAnswers, path: P, value: AnswerValues[P]): FormAnswers {
  const [group, field] = path.split(".") as [keyof FormAnswers, string | undefined];
  if (!field) return { ...answers, [group]: value };
  const current = (answers[group] ?? {}) as Record<string, unknown>;
  return { ...answers, [group]: { ...current, [field]: value } };
}

/** "3", " 1,5 " → numbers; blank → undefined; anything else → NaN, which the schema rejects. */
export function parseYears(text: string | undefined): number | undefined {
  const trimmed = text?.trim().replace(",", ".") ?? "";
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The answers in the contract's shape, ready for assessmentInputSchema. Groups are always present so a
 * missing answer is reported on its own field ("company.tenureYears"), not as a missing group.
 */
export function toCandidateInput(answers: FormAnswers): Record<keyof AssessmentInput, unknown> {
  const company = answers.company ?? {};
  // Drafts from before the employment question were all answered as employed (contract v2's default).
  const employment = answers.employment ?? "employed";
  return {
    currentRole: answers.currentRole,
    yearsExperience: parseYears(answers.yearsExperience),
    employment,
    // The company step is skipped when not employed: its answers (if any, from before) are not sent.
    company:
      employment === "employed"
        ? {
            employsPMs: company.employsPMs,
            // Only asked when the company has PMs: nobody works with PMs a company doesn't employ.
            worksWithPMs: company.employsPMs === true ? company.worksWithPMs : false,
            tenureYears: parseYears(company.tenureYears),
            managerSupport: company.managerSupport,
            ...(company.size ? { size: company.size } : {}),
            ...(company.kind && company.kind !== "not_sure" ? { kind: company.kind } : {}),
          }
        : undefined,
    riskTolerance: answers.riskTolerance,
    wantsMentorship: answers.wantsMentorship,
    evidence: { ...answers.evidence },
    // Optional (contract v3): sent only when at least one door was answered.
    openDoors: answers.openDoors && Object.values(answers.openDoors).some((v) => v !== undefined) ? { ...answers.openDoors } : undefined,
    skills: { ...answers.skills },
  };
}

export interface StepInfo {
  title: string;
  /** The contract's top-level fields this step asks for, in the order they appear. */
  fields: readonly (keyof AssessmentInput)[];
}

export const STEPS: readonly StepInfo[] = [
  { title: "Your role", fields: ["currentRole", "yearsExperience", "employment"] },
  { title: "Your company", fields: ["company"] },
  { title: "Your preferences", fields: ["riskTolerance", "wantsMentorship"] },
  { title: "What you've done", fields: ["evidence", "openDoors"] },
  { title: "Your skills", fields: ["skills"] },
];
if (STEPS.length !== QUESTIONNAIRE_STEPS) throw new Error("STEPS must match QUESTIONNAIRE_STEPS");

export const LAST_STEP = STEPS.length - 1;

/** The company step, asked only of people who are employed (contract v2). */
export const COMPANY_STEP = 1;

/** Whether a step is skipped for these answers: the company step when the person isn't employed. */
export function isStepSkipped(step: number, answers: FormAnswers): boolean {
  return step === COMPANY_STEP && (answers.employment ?? "employed") !== "employed";
}

/** The step after `step`, skipping what these answers skip. */
export function nextStep(step: number, answers: FormAnswers): number {
  let next = clampStep(step + 1);
  while (next < LAST_STEP && isStepSkipped(next, answers)) next += 1;
  return next;
}

/** The step before `step`, skipping what these answers skip. */
export function previousStep(step: number, answers: FormAnswers): number {
  let previous = clampStep(step - 1);
  while (previous > 0 && isStepSkipped(previous, answers)) previous -= 1;
  return previous;
}

export function clampStep(step: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), LAST_STEP) : 0;
}

/** The step that asks for the field at a dotted error path, or null for paths no step shows. */
export function stepOfPath(path: string): number | null {
  const top = path.split(".")[0];
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(top ?? ""));
  return index === -1 ? null : index;
}

export type FieldErrors = Record<string, string[]>;

// What to say when nothing was answered: the schema's type errors are written for API callers.
const MISSING: Record<string, string> = {
  currentRole: "Choose the role closest to your current job.",
  yearsExperience: "Enter your years of work experience. Use 0 if you're just starting out.",
  "company.employsPMs": "Choose yes or no.",
  "company.worksWithPMs": "Choose yes or no.",
  "company.tenureYears": "Enter how long you've been at your company. Use 0 if you've just joined.",
  "company.managerSupport": "Choose the answer closest to your situation.",
  riskTolerance: "Choose how much uncertainty you can live with.",
  wantsMentorship: "Choose how much mentoring you'd like.",
  "evidence.sideProject": "Choose yes or no.",
  "evidence.ledCrossFunctional": "Choose yes or no.",
  "evidence.customerFacing": "Choose yes or no.",
};
const MISSING_SKILL = "Choose the level that describes what you do today.";

function valueAt(candidate: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], candidate);
}

function messageFor(issue: z.ZodError["issues"][number], candidate: unknown): string {
  const key = issue.path.map(String).join(".");
  const value = valueAt(candidate, issue.path);
  if (value === undefined) return MISSING[key] ?? (key.startsWith("skills.") ? MISSING_SKILL : issue.message);
  if (Number.isNaN(value)) return "Enter a number of years, like 3 or 1.5.";
  return issue.message;
}

function errorsOf(error: z.ZodError, candidate: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (errors[key] ??= []).push(messageFor(issue, candidate));
  }
  return errors;
}

/** Validates one step with the contract's own schema, picked down to the step's fields. */
export function validateStep(step: number, answers: FormAnswers): FieldErrors {
  const fields = STEPS[clampStep(step)]!.fields;
  const mask = Object.fromEntries(fields.map((field) => [field, true])) as Partial<Record<keyof AssessmentInput, true>>;
  const candidate = toCandidateInput(answers);
  const picked = Object.fromEntries(fields.map((field) => [field, candidate[field]]));
  const parsed = assessmentFieldsSchema.pick(mask).safeParse(picked);
  const errors = parsed.success ? {} : errorsOf(parsed.error, picked);
  // The cross-field rules belong to the step that shows the field they point at (company.tenureYears).
  for (const issue of crossFieldIssues(candidate as Parameters<typeof crossFieldIssues>[0])) {
    const key = issue.path.join(".");
    if (stepOfPath(key) === clampStep(step) && !errors[key] && (key !== "company" || candidate.company !== undefined))
      (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export type WholeValidation = { ok: true; input: AssessmentInput } | { ok: false; errors: FieldErrors };

/** The whole questionnaire against the contract, as the server will check it. */
export function validateAll(answers: FormAnswers): WholeValidation {
  const candidate = toCandidateInput(answers);
  const parsed = assessmentInputSchema.safeParse(candidate);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: errorsOf(parsed.error, candidate) };
}

/** The earliest step with an error, or null when none of the errors belongs to a step. */
export function firstStepWithError(errors: FieldErrors): number | null {
  const steps = Object.keys(errors)
    .map(stepOfPath)
    .filter((step): step is number => step !== null);
  return steps.length ? Math.min(...steps) : null;
}
