import "server-only";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import type { ProfileEvidence } from "@/domain/job-description";
import { isSkillArea } from "@/domain/practice";
import { latestAssessments } from "@/server/assessment/queries";
import { db } from "@/server/db";
import type { EvidenceStoryView, SavedBulletView } from "@/shared/resume-view";

/** Every read here names the user's id in its `where` (directly or through the application). */

/** The bullets kept for one of the user's applications, in order; empty for another user's application. */
export async function listBullets(userId: string, applicationId: string): Promise<SavedBulletView[]> {
  const rows = await db.resumeBullet.findMany({
    where: { applicationId, application: { userId } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { story: { select: { updatedAt: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    storyId: row.storyId,
    text: row.text,
    position: row.position,
    storyChanged: Boolean(row.story && row.storyUpdatedAt && row.story.updatedAt > row.storyUpdatedAt),
  }));
}

export async function listEvidenceStories(userId: string): Promise<EvidenceStoryView[]> {
  const rows = await db.story.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { areas: { select: { area: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    areas: row.areas.map((a) => a.area).filter(isSkillArea),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** What the coverage reads: the latest ratings and targets, the stories and the practice sessions by area. */
export async function profileEvidence(userId: string, stories?: readonly EvidenceStoryView[]): Promise<ProfileEvidence & { pathLevel: "associate" | "pm" | null }> {
  const [[latest], storyRows, practiceRows] = await Promise.all([
    latestAssessments(userId, 1),
    stories ? Promise.resolve(stories) : listEvidenceStories(userId),
    db.practiceSession.findMany({ where: { userId }, select: { id: true, scores: { select: { area: true } } } }),
  ]);
  let ratings: ProfileEvidence["ratings"] = null;
  if (latest) {
    const byArea = new Map(latest.result.areas.map((a) => [a.area, a]));
    ratings = Object.fromEntries(
      SKILL_AREAS.map((area) => [area, { rating: byArea.get(area)?.rating ?? 1, target: byArea.get(area)?.target ?? 3 }]),
    ) as Record<SkillArea, { rating: number; target: number }>;
  }
  // Contract v3 adds a `level` to each path; results saved before it have none.
  const recommended = latest?.result.recommendedPath as { level?: unknown } | undefined;
  const pathLevel = recommended?.level === "associate" || recommended?.level === "pm" ? recommended.level : null;
  return {
    ratings,
    pathLevel,
    stories: storyRows.map((s) => ({ id: s.id, title: s.title, areas: s.areas, text: [s.situation, s.task, s.action, s.result].join("\n") })),
    practice: practiceRows.map((p) => ({ id: p.id, areas: p.scores.map((s) => s.area).filter(isSkillArea) })),
  };
}
