"use server";

import {
  logPracticeSchema,
  MAX_PRACTICE_SESSIONS,
  PRACTICE_LIMIT_MESSAGE,
  practiceRefSchema,
  updatePracticeSchema,
} from "@/domain/practice";
import { pastDayError } from "@/domain/day-rules";
import { ActionError, userAction } from "@/server/action";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { userToday } from "@/server/workspace/time-zone";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { findPractice } from "./queries";

const NOT_FOUND = "That practice session was not found.";

/** A practice session already happened: a future one would count as evidence before it took place. */
async function checkHeldOn(userId: string, heldOn: string): Promise<void> {
  const error = pastDayError(heldOn, await userToday(userId));
  if (error) throw ActionError.invalid(INVALID_INPUT_MESSAGE, { heldOn: [error] });
}

export const logPracticeAction = userAction(logPracticeSchema, async ({ scores, ...fields }, user) => {
  await checkHeldOn(user.id, fields.heldOn);
  const id = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await tx.practiceSession.count({ where: { userId: user.id } })) >= MAX_PRACTICE_SESSIONS)
      throw ActionError.quota(PRACTICE_LIMIT_MESSAGE);
    const created = await tx.practiceSession.create({
      data: {
        ...fields,
        userId: user.id,
        scores: { create: Object.entries(scores).map(([area, score]) => ({ area, score })) },
      },
      select: { id: true },
    });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "practice_logged", itemId: created.id } });
    return created.id;
  });
  return { sessionId: id };
});

/**
 * Edits a session with the same checks as logging one. Guarded by the version the user read, like the other
 * workspace records: a save from a stale tab changes nothing and gets the latest version back.
 */
export const updatePracticeAction = userAction(updatePracticeSchema, async ({ sessionId, version, scores, ...fields }, user) => {
  if (!(await findPractice(user.id, sessionId))) throw ActionError.notFound(NOT_FOUND);
  await checkHeldOn(user.id, fields.heldOn);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.practiceSession.updateMany({
      where: { id: sessionId, userId: user.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.practiceScore.deleteMany({ where: { sessionId } });
    await tx.practiceScore.createMany({ data: Object.entries(scores).map(([area, score]) => ({ sessionId, area, score })) });
    return true;
  });
  const fresh = await findPractice(user.id, sessionId);
  if (!fresh) throw ActionError.notFound(NOT_FOUND);
  if (!changed)
    throw ActionError.stale("This session changed elsewhere (another tab or device). We've loaded its latest version.", { session: fresh });
  return { session: fresh };
});

export const deletePracticeAction = userAction(practiceRefSchema, async ({ sessionId }, user) => {
  const { count } = await db.practiceSession.deleteMany({ where: { id: sessionId, userId: user.id } });
  if (count === 0) throw ActionError.notFound(NOT_FOUND);
  return { sessionId };
});
