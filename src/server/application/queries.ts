import "server-only";
import { isApplicationKind, isStage, type Stage } from "@/domain/application";
import { db } from "@/server/db";
import type { ApplicationView } from "@/shared/application-view";

/** Every read here names the user's id in its `where`: another user's rows are never reachable. */

const include = { stageChanges: { orderBy: [{ changedAt: "asc" as const }, { id: "asc" as const }] } };

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

function findRow(userId: string, applicationId: string) {
  return db.application.findFirst({ where: { id: applicationId, userId }, include });
}

export function toApplicationView(row: Row): ApplicationView {
  return {
    id: row.id,
    company: row.company,
    roleTitle: row.roleTitle,
    link: row.link,
    kind: isApplicationKind(row.kind) ? row.kind : "pm",
    stage: isStage(row.stage) ? row.stage : "researching",
    followUpOn: row.followUpOn,
    notes: row.notes,
    lesson: row.lesson,
    feedbackFrom: row.feedbackFrom,
    jobDescription: row.jobDescription,
    whyCompany: row.whyCompany,
    version: row.version,
    bulletsVersion: row.bulletsVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history: row.stageChanges.flatMap((change) =>
      isStage(change.stage) ? [{ stage: change.stage, changedAt: change.changedAt.toISOString() }] : [],
    ),
  };
}

/** The user's applications with their stage history, newest first. */
export async function listApplications(userId: string): Promise<ApplicationView[]> {
  const rows = await db.application.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], include });
  return rows.map(toApplicationView);
}

/** One of the user's applications; null for another user's id exactly as for a missing one. */
export async function findApplication(userId: string, applicationId: string): Promise<ApplicationView | null> {
  const row = await findRow(userId, applicationId);
  return row ? toApplicationView(row) : null;
}

export interface FollowUpView {
  id: string;
  company: string;
  roleTitle: string;
  stage: Stage;
  followUpOn: string;
}

/** Applications with a follow-up date (any stage: the caller decides which still count). */
export async function listFollowUps(userId: string): Promise<FollowUpView[]> {
  const rows = await db.application.findMany({
    where: { userId, followUpOn: { not: null } },
    orderBy: [{ followUpOn: "asc" }, { id: "asc" }],
    select: { id: true, company: true, roleTitle: true, stage: true, followUpOn: true },
  });
  return rows.flatMap((row) => (row.followUpOn && isStage(row.stage) ? [{ ...row, stage: row.stage, followUpOn: row.followUpOn }] : []));
}
