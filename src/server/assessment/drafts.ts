import "server-only";
import type { AssessmentDraft } from "@/domain/assessment/draft";
import { db, type Prisma } from "@/server/db";

/** Keeps a user's unfinished answers (one draft per user): the save action and the tab-close beacon share it. */
export async function saveDraftFor(userId: string, { step, answers }: AssessmentDraft): Promise<Date> {
  const json = JSON.parse(JSON.stringify(answers)) as Prisma.InputJsonValue;
  const saved = await db.assessmentDraft.upsert({
    where: { userId },
    create: { userId, step, answers: json },
    update: { step, answers: json },
    select: { updatedAt: true },
  });
  return saved.updatedAt;
}
