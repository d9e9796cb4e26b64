"use server";

import { logPracticeSchema, MAX_PRACTICE_SESSIONS, PRACTICE_LIMIT_MESSAGE, practiceRefSchema } from "@/domain/practice";
import { ActionError, userAction } from "@/server/action";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";

export const logPracticeAction = userAction(logPracticeSchema, async ({ scores, ...fields }, user) => {
  const id = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await tx.practiceSession.count({ where: { userId: user.id } })) >= MAX_PRACTICE_SESSIONS)
      throw new ActionError(PRACTICE_LIMIT_MESSAGE);
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

export const deletePracticeAction = userAction(practiceRefSchema, async ({ sessionId }, user) => {
  const { count } = await db.practiceSession.deleteMany({ where: { id: sessionId, userId: user.id } });
  if (count === 0) throw new ActionError("That practice session was not found.");
  return { sessionId };
});
