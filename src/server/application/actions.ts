"use server";

import {
  APPLICATION_LIMIT_MESSAGE,
  applicationRefSchema,
  createApplicationSchema,
  followUpError,
  handleNoSchema,
  MAX_APPLICATIONS,
  moveApplicationSchema,
  saveJobDescriptionSchema,
  snoozeFollowUpSchema,
  updateApplicationSchema,
} from "@/domain/application";
import { addDays } from "@/domain/calendar";
import { futureDayError } from "@/domain/day-rules";
import { dayIn } from "@/domain/time-zone";
import { ActionError, userAction } from "@/server/action";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { userTimeZone } from "@/server/workspace/time-zone";
import { FOLLOW_UP_REMINDER, syncFollowUpReminder } from "./follow-up-reminder";
import { findApplication } from "./queries";
import type { ApplicationView } from "@/shared/application-view";

const NOT_FOUND = "That application was not found. It may have been deleted.";
const CHANGED_ELSEWHERE = "This application changed elsewhere (another tab or device). We've loaded its latest state.";

async function requireOwned(userId: string, applicationId: string): Promise<ApplicationView> {
  const application = await findApplication(userId, applicationId);
  if (!application) throw ActionError.notFound(NOT_FOUND);
  return application;
}

/**
 * The follow-up may not fall before the day the application was added, nor before today, in the user's own
 * calendar. A follow-up left as it was is not re-checked: an overdue one must not block editing the rest.
 */
async function checkFollowUp(userId: string, followUpOn: string | null, createdAt: Date, unchangedFrom?: string | null): Promise<void> {
  if (followUpOn !== null && followUpOn === unchangedFrom) return;
  const zone = await userTimeZone(userId);
  const error = followUpError(followUpOn, dayIn(createdAt, zone)) ?? futureDayError(followUpOn, dayIn(new Date(), zone));
  if (error) throw ActionError.invalid(INVALID_INPUT_MESSAGE, { followUpOn: [error] });
}

/**
 * Applies `data` only if the application still has `expectedVersion` (the same guard as plan items:
 * one UPDATE … WHERE version = ?). A stale write is refused with the fresh application.
 */
async function writeIfCurrent(
  userId: string,
  applicationId: string,
  expectedVersion: number,
  data: Parameters<typeof db.application.updateMany>[0]["data"],
  alsoInTransaction: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown> = async () => undefined,
): Promise<ApplicationView> {
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, userId, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count > 0) await alsoInTransaction(tx);
    return count > 0;
  });
  const fresh = await requireOwned(userId, applicationId);
  if (!changed) throw ActionError.stale(CHANGED_ELSEWHERE, { application: fresh });
  return fresh;
}

export const createApplicationAction = userAction(createApplicationSchema, async ({ stage, ...given }, user) => {
  // Added as already rejected: there is nothing to follow up, as after any rejection.
  const fields = stage === "rejected" ? { ...given, followUpOn: null } : given;
  await checkFollowUp(user.id, fields.followUpOn, new Date());
  const zone = await userTimeZone(user.id);
  const id = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id); // two parallel additions must not both slip under the limit
    if ((await tx.application.count({ where: { userId: user.id } })) >= MAX_APPLICATIONS) {
      throw ActionError.quota(APPLICATION_LIMIT_MESSAGE);
    }
    const created = await tx.application.create({
      data: { ...fields, userId: user.id, stage, stageChanges: { create: { stage } } },
      select: { id: true },
    });
    await syncFollowUpReminder(tx, user.id, { id: created.id, followUpOn: fields.followUpOn, stage }, zone, new Date());
    await tx.activityEvent.create({ data: { userId: user.id, kind: "application_added", itemId: created.id } });
    return created.id;
  });
  return { application: await requireOwned(user.id, id) };
});

export const updateApplicationAction = userAction(updateApplicationSchema, async ({ applicationId, version, ...fields }, user) => {
  const existing = await requireOwned(user.id, applicationId);
  await checkFollowUp(user.id, fields.followUpOn, new Date(existing.createdAt), existing.followUpOn);
  const zone = await userTimeZone(user.id);
  const application = await writeIfCurrent(user.id, applicationId, version, fields, (tx) =>
    syncFollowUpReminder(tx, user.id, { id: applicationId, followUpOn: fields.followUpOn, stage: existing.stage }, zone, new Date()),
  );
  return { application };
});

/** Moves the follow-up (and its reminder email) a day or a week on: from its date, or from today when overdue. */
export const snoozeFollowUpAction = userAction(snoozeFollowUpSchema, async ({ applicationId, version, days }, user) => {
  const existing = await requireOwned(user.id, applicationId);
  if (!existing.followUpOn) {
    throw ActionError.notFound("This application has no follow-up date to snooze. Set one under Details.");
  }
  const zone = await userTimeZone(user.id);
  const today = dayIn(new Date(), zone);
  const followUpOn = addDays(existing.followUpOn > today ? existing.followUpOn : today, days);
  const application = await writeIfCurrent(user.id, applicationId, version, { followUpOn }, (tx) =>
    syncFollowUpReminder(tx, user.id, { id: applicationId, followUpOn, stage: existing.stage }, zone, new Date()),
  );
  return { application };
});

/** Moves the application to another stage and records when, in its stage history. */
export const moveApplicationAction = userAction(moveApplicationSchema, async ({ applicationId, version, stage, keepFollowUp }, user) => {
  const existing = await requireOwned(user.id, applicationId);
  if (existing.stage === stage) throw ActionError.invalid(INVALID_INPUT_MESSAGE, { stage: ["The application is already in that stage"] });
  const zone = await userTimeZone(user.id);
  // A no ends the wait: the follow-up goes in the same write, unless the person keeps it (to ask for feedback).
  const followUpOn = stage === "rejected" && !keepFollowUp ? null : existing.followUpOn;
  const data = followUpOn === existing.followUpOn ? { stage } : { stage, followUpOn };
  const application = await writeIfCurrent(user.id, applicationId, version, data, async (tx) => {
    await tx.applicationStageChange.create({ data: { applicationId, stage } });
    await syncFollowUpReminder(tx, user.id, { id: applicationId, followUpOn, stage }, zone, new Date());
    await tx.activityEvent.create({ data: { userId: user.id, kind: `application_${stage}`, itemId: applicationId } });
  });
  return { application };
});

/** After a rejection: what the user will learn and whom they will ask for feedback ("handle a no"). */
export const saveHandleNoAction = userAction(handleNoSchema, async ({ applicationId, version, lesson, feedbackFrom }, user) => {
  await requireOwned(user.id, applicationId);
  return { application: await writeIfCurrent(user.id, applicationId, version, { lesson, feedbackFrom }) };
});

/** Pastes or edits the job description (and the "why this company" note); the page analyses it on read. */
export const saveJobDescriptionAction = userAction(
  saveJobDescriptionSchema,
  async ({ applicationId, version, jobDescription, whyCompany }, user) => {
    await requireOwned(user.id, applicationId);
    return { application: await writeIfCurrent(user.id, applicationId, version, { jobDescription, whyCompany }) };
  },
);

export const deleteApplicationAction = userAction(applicationRefSchema, async ({ applicationId }, user) => {
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.application.deleteMany({ where: { id: applicationId, userId: user.id } });
    if (count > 0) await tx.reminder.deleteMany({ where: { userId: user.id, kind: FOLLOW_UP_REMINDER, targetId: applicationId } });
    return count;
  });
  if (count === 0) throw ActionError.notFound(NOT_FOUND);
  return { applicationId };
});
