"use server";

import { assessmentInputSchema, scoreAssessment } from "@/domain/assessment";
import { assessmentDraftSchema } from "@/domain/assessment/draft";
import { QUOTA_MESSAGES, QUOTAS, startOfQuotaDay } from "@/domain/quotas";
import { ActionError, userAction } from "@/server/action";
import { takeUserTurn } from "@/server/user-turn";
import { db } from "@/server/db";
import { userTimeZone } from "@/server/workspace/time-zone";
import { saveDraftFor } from "./drafts";
import { assessmentRow } from "./rows";

/** Scores the answers and stores them for the signed-in user; clears their draft. */
export const saveAssessmentAction = userAction(assessmentInputSchema, async (input, user) => {
  const result = scoreAssessment(input);
  const timeZone = await userTimeZone(user.id);
  const saved = await db.$transaction(async (tx) => {
    // In the user's turn, so a parallel burst can't slip past the daily quota.
    await takeUserTurn(tx, user.id);
    const today = await tx.assessment.count({ where: { userId: user.id, createdAt: { gte: startOfQuotaDay(new Date(), timeZone) } } });
    if (today >= QUOTAS.assessmentsPerDay) throw ActionError.quota(QUOTA_MESSAGES.assessmentsPerDay);
    const row = await tx.assessment.create({ data: assessmentRow(user.id, input, result), select: { id: true } });
    await tx.assessmentDraft.deleteMany({ where: { userId: user.id } });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "assessment_saved" } });
    return row;
  });
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
