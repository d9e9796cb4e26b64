import "../zod-config";
import { z } from "zod";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { NOTES_MAX, recordId, versionField } from "../application/schemas";
import { multiLineText } from "../text";
import { isDay } from "../time-zone";
import { questionById } from "../interview/bank";
import { AREAS_TESTED, PRACTICE_TYPES, WITH_WHOM } from "./model";

const score = z
  .number({ error: "Score from 1 to 5" })
  .int({ error: "Score from 1 to 5" })
  .min(1, { error: "Score from 1 to 5" })
  .max(5, { error: "Score from 1 to 5" });

const practiceFields = {
  type: z.enum(PRACTICE_TYPES, { error: "Choose the type of interview" }),
  heldOn: z.string({ error: "Enter the date" }).trim().refine(isDay, { error: "Enter the date (YYYY-MM-DD)" }),
  withWhom: z.enum(WITH_WHOM, { error: "Choose with whom: a peer, a coach, on your own or a platform" }),
  scores: z.partialRecord(z.enum(SKILL_AREAS, { error: "Unknown skill area" }), score, { error: "Score the areas this interview tests" }),
  notes: multiLineText("Notes", NOTES_MAX).default(""),
  /** The bank question practised, if any (src/domain/interview). */
  questionId: z
    .string({ error: "Unknown question" })
    .trim()
    .max(32, { error: "Unknown question" })
    .refine((id) => id === "" || questionById(id) !== undefined, { error: "Unknown question" })
    .optional()
    .transform((id) => id || null),
};

/** The areas a session is scored on: its question's when it names one, else its type's. */
export function areasScored(type: (typeof PRACTICE_TYPES)[number], questionId: string | null | undefined): readonly SkillArea[] {
  return (questionId ? questionById(questionId)?.areas : undefined) ?? AREAS_TESTED[type];
}

/**
 * A session's self-scores must cover exactly the areas its question (or else its type) tests (errors at
 * `scores.<area>`), and a question's session has the question's type.
 */
function scoresMatchType(
  session: { type: (typeof PRACTICE_TYPES)[number]; scores: Partial<Record<string, number>>; questionId: string | null },
  ctx: z.RefinementCtx,
): void {
  const question = session.questionId ? questionById(session.questionId) : undefined;
  if (question && question.type !== session.type)
    ctx.addIssue({ code: "custom", path: ["type"], message: "This question is of another type" });
  const tested = areasScored(session.type, session.questionId);
  for (const area of tested) {
    if (session.scores[area] === undefined)
      ctx.addIssue({ code: "custom", path: ["scores", area], message: "Score this area from 1 to 5" });
  }
  for (const area of Object.keys(session.scores)) {
    if (!(tested as readonly string[]).includes(area)) {
      ctx.addIssue({ code: "custom", path: ["scores", area], message: "This type of interview doesn't test this area" });
    }
  }
}

export const logPracticeSchema = z.strictObject(practiceFields).superRefine(scoresMatchType);

/** Editing a session: the same fields and checks, plus the version the user read (the other records' guard). */
export const updatePracticeSchema = z
  .strictObject({ sessionId: recordId("practice session"), version: versionField, ...practiceFields })
  .superRefine(scoresMatchType);

export const practiceRefSchema = z.strictObject({ sessionId: recordId("practice session") });
