import "server-only";
import { db } from "@/server/db";
import { exportWorkspace } from "@/server/workspace/export";

/** Bumped when the shape below changes, so a reader of an old file can tell. */
export const ACCOUNT_EXPORT_FORMAT = "pm-pathfinder-account-export/1";

/**
 * Everything stored about the user, as plain JSON. Left out on purpose: the password hash, share-link token
 * hashes, emailed-link token hashes, the mail outbox and the session version — secrets or internals, not the user's data.
 */
export async function buildAccountExport(userId: string, now: Date) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerifiedAt: true, timeZone: true, createdAt: true, updatedAt: true },
  });
  if (!user) return null;
  const [assessments, draft, plans, shareLinks, signIns, activity, mailSettings, reminders, workspace] = await Promise.all([
    db.assessment.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, createdAt: true, modelVersion: true, readiness: true, recommendedPath: true, input: true, result: true },
    }),
    db.assessmentDraft.findUnique({ where: { userId }, select: { step: true, answers: true, updatedAt: true } }),
    db.plan.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        path: true,
        assessmentId: true,
        createdAt: true,
        targetDate: true,
        archivedAt: true,
        items: {
          orderBy: [{ phase: "asc" }, { position: "asc" }],
          select: {
            id: true,
            templateKey: true,
            title: true,
            why: true,
            detail: true,
            category: true,
            phase: true,
            position: true,
            skillArea: true,
            status: true,
            note: true,
            custom: true,
            statusChangedAt: true,
            archivedAt: true,
            createdAt: true,
            updatedAt: true,
          },
        },
      },
    }),
    db.shareLink.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, planId: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
    }),
    db.signInEvent.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { createdAt: true, userAgent: true } }),
    db.activityEvent.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, itemId: true, createdAt: true } }),
    db.mailSettings.findUnique({ where: { userId }, select: { weeklyDigest: true, reminders: true } }),
    db.reminder.findMany({ where: { userId }, orderBy: { remindAt: "asc" }, select: { kind: true, targetId: true, remindAt: true, sentAt: true } }),
    exportWorkspace(userId),
  ]);
  return {
    format: ACCOUNT_EXPORT_FORMAT,
    exportedAt: now,
    profile: user,
    assessments,
    assessmentDraft: draft,
    plans,
    shareLinks,
    signIns,
    activity,
    mailSettings,
    reminders,
    ...workspace,
  };
}
