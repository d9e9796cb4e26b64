import "server-only";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { analyzeJobDescription, coverJob, type JobAnalysis, type JobCoverage, type ProfileEvidence } from "@/domain/job-description";
import { bulletFromStory, tailorBullets } from "@/domain/resume";
import { isSkillArea } from "@/domain/practice";
import { latestAssessments } from "@/server/assessment/queries";
import { db } from "@/server/db";
import type { ApplicationView } from "@/shared/application-view";
import type { EditableBullet, EvidenceStoryView, SavedBulletView } from "@/shared/resume-view";

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
export async function profileEvidence(
  userId: string,
  stories?: readonly EvidenceStoryView[],
): Promise<ProfileEvidence & { pathLevel: "associate" | "pm" | null; yearsExperience: number | null }> {
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
    yearsExperience: latest?.input.yearsExperience ?? null,
    stories: storyRows.map((s) => ({
      id: s.id,
      title: s.title,
      areas: s.areas,
      text: [s.situation, s.task, s.action, s.result].join("\n"),
    })),
    practice: practiceRows.map((p) => ({ id: p.id, areas: p.scores.map((s) => s.area).filter(isSkillArea) })),
  };
}

type Evidence = Awaited<ReturnType<typeof profileEvidence>>;

/**
 * What the application page shows about its job: the analysis, the coverage against the person's profile,
 * and the bullets in the job's order. Saved bullets are the person's edits (snapshots); without any, a bullet
 * is built from every story.
 */
export async function jobWorkbench(
  userId: string,
  application: Pick<ApplicationView, "company" | "roleTitle" | "jobDescription">,
  stories: readonly EvidenceStoryView[],
  saved: readonly SavedBulletView[],
): Promise<{
  analysis: JobAnalysis | null;
  coverage: JobCoverage | null;
  evidence: Evidence;
  editable: EditableBullet[];
  uncoveredMustHaves: string[];
}> {
  const evidence = await profileEvidence(userId, stories);
  const analysis = application.jobDescription.trim() ? analyzeJobDescription(application.jobDescription) : null;
  const coverage = analysis ? coverJob(analysis, evidence, `${application.roleTitle} at ${application.company}`) : null;
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const source =
    saved.length > 0
      ? saved.map((b) => ({
          storyId: b.storyId,
          text: b.text,
          areas: b.storyId ? (storyById.get(b.storyId)?.areas ?? []) : [],
          hasMetric: true,
          changed: b.storyChanged,
        }))
      : stories.map((story) => ({ ...bulletFromStory(story), changed: false }));
  const tailored = analysis
    ? tailorBullets(source, analysis)
    : { bullets: source.map((b) => ({ ...b, answers: null, score: 0 })), uncoveredMustHaves: [] };
  const editable = tailored.bullets.map((b, index): EditableBullet => {
    const story = b.storyId ? storyById.get(b.storyId) : undefined;
    const changed = "changed" in b && b.changed === true;
    return {
      key: `${b.storyId ?? "own"}-${index}`,
      storyId: b.storyId,
      storyTitle: story?.title ?? null,
      text: b.text,
      answers: b.answers,
      regenerated: changed && story ? bulletFromStory(story).text : null,
    };
  });
  return { analysis, coverage, evidence, editable, uncoveredMustHaves: tailored.uncoveredMustHaves };
}

/** Each application's must-have coverage, by id, for the board: "3 of 5 must-haves covered" (only those with a description). */
export async function coverageByApplication(
  userId: string,
  applications: readonly Pick<ApplicationView, "id" | "company" | "roleTitle" | "jobDescription">[],
): Promise<Record<string, string>> {
  const withText = applications.filter((a) => a.jobDescription.trim());
  if (withText.length === 0) return {};
  const evidence = await profileEvidence(userId);
  return Object.fromEntries(
    withText.map((a) => {
      const coverage = coverJob(analyzeJobDescription(a.jobDescription), evidence, `${a.roleTitle} at ${a.company}`);
      return [
        a.id,
        evidence.ratings
          ? `${coverage.mustHaves.covered} of ${coverage.mustHaves.total} must-haves covered`
          : "Coverage after your assessment",
      ];
    }),
  );
}
