import "../zod-config";
import { z } from "zod";

/**
 * An unfinished questionnaire: whatever the person has answered so far, unvalidated beyond its shape,
 * plus the step they were on. Saved in the browser for visitors and on the server for users.
 * Answers are checked for real only when the assessment is submitted.
 */
export const QUESTIONNAIRE_STEPS = 5;

export const assessmentDraftSchema = z.strictObject({
  step: z
    .number()
    .int()
    .min(0)
    .max(QUESTIONNAIRE_STEPS - 1),
  // A plain JSON object of limited size; the full schema applies on submit.
  answers: z
    .record(z.string().max(40), z.unknown())
    .refine((answers) => JSON.stringify(answers).length <= 4_000, { error: "The draft is too large" }),
});

export type AssessmentDraft = z.infer<typeof assessmentDraftSchema>;
