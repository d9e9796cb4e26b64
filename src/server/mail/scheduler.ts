// Scheduled mail: the weekly check-in and plan-step reminders. Each due send is claimed with a conditional
// update (compare-and-set) in the same transaction that enqueues the message, and the message carries a
// unique dedupe key: however many nodes run this at once, each digest and reminder is enqueued once.
import { composeDigest } from "@/domain/mail/digest";
import { followUpReminderMail, reminderMail } from "@/domain/mail/messages";
import { digestDue } from "@/domain/mail/schedule";
import { planProgress, type ProgressItem } from "@/domain/plan/progress";
import type { Db } from "@/server/db";
import { mailLinks } from "./links";
import { enqueueMail } from "./outbox";
import { CLOSED_STAGES } from "@/domain/application";
import { dayIn, zoneOrUtc } from "@/domain/time-zone";
import { FOLLOW_UP_REMINDER } from "@/server/application/follow-up-reminder";
import { unsubscribeHeaders, unsubscribeToken } from "./unsubscribe";
import { activePlanOf } from "@/server/plan/rows";

import { DAY_MS } from "@/domain/duration";
const BATCH = 100;

/** The check-in's content for one user at `now`, from their active plan and latest assessment. */
export async function buildDigest(db: Db, user: { id: string; name: string; timeZone?: string | null }, now: Date) {
  const today = dayIn(now, zoneOrUtc(user.timeZone));
  const [plan, latest, followUps] = await Promise.all([
    db.plan.findFirst({
      where: activePlanOf(user.id),
      include: { items: { where: { archivedAt: null }, orderBy: [{ phase: "asc" }, { position: "asc" }] } },
    }),
    db.assessment.findFirst({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    db.application.findMany({
      where: { userId: user.id, followUpOn: { lte: today }, stage: { notIn: [...CLOSED_STAGES] } },
      orderBy: [{ followUpOn: "asc" }, { company: "asc" }],
      select: { company: true, roleTitle: true, followUpOn: true },
      take: 50,
    }),
  ]);
  const weekAgo = now.getTime() - 7 * DAY_MS;
  const token = unsubscribeToken(user.id, "digest");
  const content = composeDigest({
    name: user.name,
    now,
    lastAssessmentAt: latest?.createdAt ?? null,
    followUpsDue: followUps.flatMap((f) => (f.followUpOn ? [{ ...f, followUpOn: f.followUpOn }] : [])),
    plan: plan && {
      percent: planProgress(plan.items as unknown as ProgressItem[]).percent,
      finishedThisWeek: plan.items
        .filter((i) => (i.status === "done" || i.status === "skipped") && i.statusChangedAt && i.statusChangedAt.getTime() > weekAgo)
        .map((i) => i.title),
      openSteps: plan.items.filter((i) => i.status === "todo" || i.status === "in_progress").map((i) => i.title),
    },
    links: {
      dashboard: mailLinks.dashboard(),
      applications: mailLinks.applications(),
      assessment: mailLinks.assessment(),
      settings: mailLinks.mailSettings(),
      unsubscribe: mailLinks.unsubscribePage(token),
    },
  });
  return { ...content, headers: unsubscribeHeaders(mailLinks.unsubscribeOneClick(token)) };
}

/** Enqueues the check-in of every opted-in user whose Monday 08:00 has come. Returns how many it enqueued. */
export async function enqueueDueDigests(db: Db, now: Date): Promise<number> {
  const candidates = await db.mailSettings.findMany({
    where: { weeklyDigest: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: now } }] },
    include: { user: { select: { id: true, name: true, email: true, timeZone: true } } },
    take: BATCH * 10,
  });
  let enqueued = 0;
  for (const settings of candidates) {
    const { due, slot } = digestDue(now, zoneOrUtc(settings.user.timeZone), settings.lastDigestAt);
    if (!due) continue;
    const digest = await buildDigest(db, settings.user, now);
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.mailSettings.updateMany({
        where: { userId: settings.userId, weeklyDigest: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lt: slot } }] },
        data: { lastDigestAt: slot },
      });
      if (count !== 1) return false; // another node took this week's digest
      await enqueueMail(
        tx,
        {
          userId: settings.userId,
          kind: "digest",
          to: settings.user.email,
          ...digest,
          dedupeKey: `digest:${settings.userId}:${slot.toISOString()}`,
        },
        now,
      );
      return true;
    });
    if (claimed) enqueued++;
  }
  return enqueued;
}

/** The email for a due reminder, or null when its step is dealt with or its application closed or gone. */
async function reminderContent(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  reminder: { kind: string; targetId: string; userId: string; user: { name: string } },
  unsubscribeLink: string,
) {
  if (reminder.kind === FOLLOW_UP_REMINDER) {
    const application = await tx.application.findFirst({
      where: { id: reminder.targetId, userId: reminder.userId, stage: { notIn: [...CLOSED_STAGES] } },
      select: { id: true, company: true, roleTitle: true },
    });
    return application && followUpReminderMail(reminder.user.name, application, mailLinks.application(application.id), unsubscribeLink);
  }
  const step = await tx.planItem.findFirst({
    where: { id: reminder.targetId, archivedAt: null, plan: activePlanOf(reminder.userId) },
    select: { title: true, status: true },
  });
  if (!step || step.status === "done" || step.status === "skipped") return null;
  return reminderMail(reminder.user.name, step.title, mailLinks.dashboard(), unsubscribeLink);
}

/** Enqueues every reminder whose time has come (or marks it done when there is nothing to send). */
export async function enqueueDueReminders(db: Db, now: Date): Promise<number> {
  const due = await db.reminder.findMany({
    where: { kind: { in: ["plan-item", FOLLOW_UP_REMINDER] }, sentAt: null, remindAt: { lte: now } },
    include: { user: { select: { id: true, name: true, email: true, mailSettings: { select: { reminders: true } } } } },
    orderBy: { remindAt: "asc" },
    take: BATCH,
  });
  let enqueued = 0;
  for (const reminder of due) {
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.reminder.updateMany({
        where: { id: reminder.id, sentAt: null, remindAt: reminder.remindAt },
        data: { sentAt: now },
      });
      if (count !== 1) return false; // another node sent it, or the user moved it meanwhile
      if (reminder.user.mailSettings?.reminders === false) return false;
      const token = unsubscribeToken(reminder.userId, "reminder");
      const content = await reminderContent(tx, reminder, mailLinks.unsubscribePage(token));
      if (!content) return false;
      await enqueueMail(
        tx,
        {
          userId: reminder.userId,
          kind: "reminder",
          to: reminder.user.email,
          ...content,
          headers: unsubscribeHeaders(mailLinks.unsubscribeOneClick(token)),
          dedupeKey: `reminder:${reminder.id}:${reminder.remindAt.toISOString()}`,
        },
        now,
      );
      return true;
    });
    if (sent) enqueued++;
  }
  return enqueued;
}
