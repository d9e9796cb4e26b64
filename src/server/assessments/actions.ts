"use server";

import { assessmentInputSchema, scoreAssessment } from "@/domain/assessment";
import { assessmentDraftSchema } from "@/domain/assessment/draft";
import { userAction } from "@/server/action";
import { db } from "@/server/db";
import { saveDraftFor } from "./drafts";
import { assessmentRow } from "./rows";

/** Scores the answers and stores them for the signed-in user; clears their draft. */
export const saveAssessmentAction = userAction(assessmentInputSchema, async (input, user) => {
  const [saved] = await db.$transaction([
    db.assessment.create({ data: assessmentRow(user.id, input, scoreAssessment(input)), select: { id: true } }),
    db.assessmentDraft.deleteMany({ where: { userId: user.id } }),
    db.activityEvent.create({ data: { userId: user.id, kind: "assessment_saved" } }),
  ]);
  return { id: saved.id };
});

/** Keeps a signed-in user's unfinished answers so a reload or another device picks up where they left. */
export const saveDraftAction = userAction(assessmentDraftSchema, async (draft, user) => {
  const savedAt = await saveDraftFor(user.id, draft);
  return { savedAt: savedAt.toISOString() };
});

export const discardDraftAction = userAction(assessmentDraftSchema.pick({}).optional(), async (_input, user) => {
  await db.assessmentDraft.deleteMany({ where: { userId: user.id } });
  return { discarded: true };
});
