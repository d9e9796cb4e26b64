import "server-only";
import { db } from "@/server/db";

/** The transition workspace's part of the account export (src/server/account/export.ts): every row, no internals. */
export async function exportWorkspace(userId: string) {
  const applications = await db.application.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      company: true,
      roleTitle: true,
      link: true,
      kind: true,
      stage: true,
      followUpOn: true,
      notes: true,
      lesson: true,
      feedbackFrom: true,
      createdAt: true,
      updatedAt: true,
      stageChanges: { orderBy: { changedAt: "asc" }, select: { stage: true, changedAt: true } },
    },
  });
  return { applications };
}
