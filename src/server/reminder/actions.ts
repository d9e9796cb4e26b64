"use server";

import { addDays, instantAt } from "@/domain/calendar";
import { snoozedUntil } from "@/domain/reminder/snooze";
import { dayIn } from "@/domain/time-zone";
import {
  clearReminderSchema,
  MAX_REMINDER_DAYS_AHEAD,
  REMINDER_HOUR,
  setReminderSchema,
  snoozeReminderSchema,
} from "@/domain/reminder/schemas";
import { ActionError, INVALID_INPUT_MESSAGE, userAction } from "@/server/action";
import { db } from "@/server/db";
import { ITEM_NOT_FOUND } from "@/server/plan/messages";
import { activePlanOf } from "@/server/plan/rows";
import { userTimeZone } from "@/server/workspace/time-zone";

const KIND = "plan-item";

/** An item of the user's active plan; another user's id and a missing one give the same error. */
async function requireActiveItem(userId: string, itemId: string) {
  const item = await db.planItem.findFirst({
    where: { id: itemId, archivedAt: null, plan: activePlanOf(userId) },
    select: { id: true },
  });
  if (!item) throw ActionError.notFound(ITEM_NOT_FOUND);
  return item;
}

/** "Remind me on…": an email at 08:00 on that day in the user's zone (or at once for today after 08:00). */
export const setReminderAction = userAction(setReminderSchema, async ({ itemId, remindOn }, user) => {
  await requireActiveItem(user.id, itemId);
  const zone = await userTimeZone(user.id);
  const now = new Date();
  const today = dayIn(now, zone);
  if (remindOn < today) {
    throw ActionError.invalid(INVALID_INPUT_MESSAGE, { remindOn: ["Choose today or a later date"] });
  }
  if (remindOn > addDays(today, MAX_REMINDER_DAYS_AHEAD)) {
    throw ActionError.invalid(INVALID_INPUT_MESSAGE, { remindOn: ["Choose a date within a year"] });
  }
  const at = instantAt(remindOn, zone, REMINDER_HOUR);
  const remindAt = at.getTime() < now.getTime() ? now : at;
  await db.reminder.upsert({
    where: { kind_targetId: { kind: KIND, targetId: itemId } },
    create: { userId: user.id, kind: KIND, targetId: itemId, remindAt },
    update: { remindAt, sentAt: null },
  });
  return { remindAt: remindAt.toISOString() };
});

/** Moves the reminder a day or a week past its date (or past now), on the user's wall clock (snoozedUntil). */
export const snoozeReminderAction = userAction(snoozeReminderSchema, async ({ itemId, days }, user) => {
  await requireActiveItem(user.id, itemId);
  const reminder = await db.reminder.findFirst({ where: { kind: KIND, targetId: itemId, userId: user.id } });
  if (!reminder) throw ActionError.notFound("That step has no reminder to snooze.");
  const zone = await userTimeZone(user.id);
  const remindAt = snoozedUntil(reminder.remindAt, new Date(), days, zone);
  await db.reminder.update({ where: { id: reminder.id }, data: { remindAt, sentAt: null } });
  return { remindAt: remindAt.toISOString() };
});

export const clearReminderAction = userAction(clearReminderSchema, async ({ itemId }, user) => {
  await requireActiveItem(user.id, itemId);
  await db.reminder.deleteMany({ where: { kind: KIND, targetId: itemId, userId: user.id } });
  return { remindAt: null };
});
