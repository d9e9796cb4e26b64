import "server-only";
import { CLOSED_STAGES, type Stage } from "@/domain/application";
import { instantAt } from "@/domain/calendar";
import { REMINDER_HOUR } from "@/domain/reminder/schemas";
import { dayIn } from "@/domain/time-zone";
import type { db } from "@/server/db";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Reminder rows of this kind point at an application (`targetId`); plan steps use "plan-item". */
export const FOLLOW_UP_REMINDER = "follow-up";

/**
 * A follow-up date is a "remind me on" date: the user gets an email at 08:00 on that day in their zone.
 * Keeps the application's reminder row in step with its follow-up date and stage, in the caller's
 * transaction: no date, a closed application or a day already past → no reminder; an unchanged day leaves a
 * reminder that has gone out alone (editing the notes must not send it again).
 */
export async function syncFollowUpReminder(
  tx: Tx,
  userId: string,
  application: { id: string; followUpOn: string | null; stage: Stage },
  timeZone: string,
  now: Date,
): Promise<void> {
  const where = { userId, kind: FOLLOW_UP_REMINDER, targetId: application.id };
  const { followUpOn } = application;
  if (!followUpOn || CLOSED_STAGES.includes(application.stage) || followUpOn < dayIn(now, timeZone)) {
    await tx.reminder.deleteMany({ where });
    return;
  }
  const existing = await tx.reminder.findFirst({ where, select: { id: true, remindAt: true } });
  if (existing && dayIn(existing.remindAt, timeZone) === followUpOn) return;
  const at = instantAt(followUpOn, timeZone, REMINDER_HOUR);
  const remindAt = at.getTime() < now.getTime() ? now : at;
  await tx.reminder.upsert({
    where: { kind_targetId: { kind: FOLLOW_UP_REMINDER, targetId: application.id } },
    create: { ...where, remindAt },
    update: { remindAt, sentAt: null },
  });
}
