import "../zod-config";
import { z } from "zod";
import { multiLineText, singleLineText, webLinkField } from "../text";
import { isDay } from "../time-zone";
import { APPLICATION_KINDS, STAGES } from "./model";

/** Inputs of the application actions: shared by the forms (client-side hints) and the server (the real check). */

export const recordId = (what: string) =>
  z
    .string({ error: `Missing ${what}` })
    .trim()
    .min(1, { error: `Missing ${what}` })
    .max(64, { error: `Unknown ${what}` });

export const versionField = z.number({ error: "Missing version" }).int({ error: "Invalid version" }).min(1, { error: "Invalid version" });

/** An optional calendar day "YYYY-MM-DD"; absent or the empty string means none (null). */
export const optionalDay = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .trim()
    .optional()
    .refine((value) => !value || isDay(value), { error: `${label} must be a real date (YYYY-MM-DD)` })
    .transform((value) => value || null);

export const NOTES_MAX = 5_000;

const applicationFields = {
  company: singleLineText("Company", 120, { required: true }),
  roleTitle: singleLineText("Role title", 120, { required: true }),
  link: webLinkField("Link").default(""),
  kind: z.enum(APPLICATION_KINDS, { error: "Choose a kind: PM, associate PM, bridge role or internal opening" }),
  followUpOn: optionalDay("Follow-up date"),
  notes: multiLineText("Notes", NOTES_MAX).default(""),
};

const stageField = z.enum(STAGES, { error: "Choose a stage from the list" });

export const createApplicationSchema = z.strictObject({ ...applicationFields, stage: stageField.default("researching") });

export const updateApplicationSchema = z.strictObject({
  applicationId: recordId("application"),
  version: versionField,
  ...applicationFields,
});

export const moveApplicationSchema = z.strictObject({
  applicationId: recordId("application"),
  version: versionField,
  stage: stageField,
  /** A rejection clears the follow-up in the same write unless the person asks to keep it. */
  keepFollowUp: z.boolean({ error: "Say whether to keep the follow-up" }).optional(),
});

export const handleNoSchema = z.strictObject({
  applicationId: recordId("application"),
  version: versionField,
  lesson: multiLineText("What you will learn", 2_000),
  feedbackFrom: singleLineText("Whom you will ask", 200),
});

export const applicationRefSchema = z.strictObject({ applicationId: recordId("application") });

/** The days a follow-up can be snoozed by, from its date (or from today, when it is overdue). */
export const SNOOZE_DAYS = [1, 7] as const;

export const snoozeFollowUpSchema = z.strictObject({
  applicationId: recordId("application"),
  version: versionField,
  days: z.union(
    SNOOZE_DAYS.map((days) => z.literal(days)),
    { error: "Snooze by a day or a week" },
  ),
});

/** The job description the person pasted, and their own "why this company" for the cover-letter outline. */
export const JOB_DESCRIPTION_FIELD_MAX = 20_000;
export const WHY_COMPANY_MAX = 1_000;

export const saveJobDescriptionSchema = z.strictObject({
  applicationId: recordId("application"),
  version: versionField,
  jobDescription: multiLineText("Job description", JOB_DESCRIPTION_FIELD_MAX).default(""),
  whyCompany: multiLineText("Why this company", WHY_COMPANY_MAX).default(""),
});
