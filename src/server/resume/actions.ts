"use server";

import { saveBulletsSchema } from "@/domain/resume";
import { ActionError, userAction } from "@/server/action";
import { db } from "@/server/db";
import { listBullets } from "./queries";

const NOT_FOUND = "That application was not found. It may have been deleted.";
const STORY_NOT_FOUND = "One of those stories was not found. It may have been deleted.";
const CHANGED_ELSEWHERE = "These bullets changed elsewhere (another tab or device). We've loaded the latest ones.";

/**
 * Keeps the edited bullets of one application: all of them replace the saved ones, only if the
 * application's bulletsVersion is still the one the editor read (the same guard as the other editors).
 */
export const saveBulletsAction = userAction(saveBulletsSchema, async ({ applicationId, bulletsVersion, bullets }, user) => {
  const application = await db.application.findFirst({ where: { id: applicationId, userId: user.id }, select: { id: true } });
  if (!application) throw ActionError.notFound(NOT_FOUND);
  const storyIds = [...new Set(bullets.flatMap((b) => (b.storyId ? [b.storyId] : [])))];
  const stories = await db.story.findMany({ where: { id: { in: storyIds }, userId: user.id }, select: { id: true, updatedAt: true } });
  if (stories.length !== storyIds.length) throw ActionError.notFound(STORY_NOT_FOUND);
  const storyUpdatedAt = new Map(stories.map((s) => [s.id, s.updatedAt]));
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, userId: user.id, bulletsVersion },
      data: { bulletsVersion: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.resumeBullet.deleteMany({ where: { applicationId, application: { userId: user.id } } });
    await tx.resumeBullet.createMany({
      data: bullets.map((bullet, position) => ({
        applicationId,
        storyId: bullet.storyId,
        text: bullet.text,
        storyUpdatedAt: bullet.storyId ? (storyUpdatedAt.get(bullet.storyId) ?? null) : null,
        position,
      })),
    });
    return true;
  });
  const fresh = await db.application.findFirst({ where: { id: applicationId, userId: user.id }, select: { bulletsVersion: true } });
  if (!fresh) throw ActionError.notFound(NOT_FOUND);
  const current = { bullets: await listBullets(user.id, applicationId), bulletsVersion: fresh.bulletsVersion };
  if (!saved) throw ActionError.stale(CHANGED_ELSEWHERE, current);
  return current;
});
