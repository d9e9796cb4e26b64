import "server-only";
import { evidenceByArea, type EvidenceByArea } from "@/domain/evidence";
import { mockDisagreements } from "@/domain/interview";
import { PRACTICE_TYPE_LABELS } from "@/domain/practice";
import type { SkillArea } from "@/domain/assessment";
import { formatDay } from "@/domain/time-zone";
import { db } from "@/server/db";
import { listPractice } from "@/server/practice/queries";
import { listStories } from "@/server/story/queries";

/**
 * What the user logged for each skill area since their latest assessment (everything, before the first):
 * stories and practice sessions created since, plan steps ticked done since. Owner-scoped like every read.
 */
export async function evidenceSinceLastAssessment(userId: string): Promise<{ since: Date | null; byArea: EvidenceByArea }> {
  const latest = await db.assessment.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, input: true },
  });
  const since = latest?.createdAt ?? null;
  const after = (date: Date) => since === null || date >= since;
  const [stories, practice, steps] = await Promise.all([
    listStories(userId),
    db.practiceSession.findMany({ where: { userId, ...(since ? { createdAt: { gte: since } } : {}) }, select: { id: true } }),
    db.planItem.findMany({
      where: { plan: { userId }, status: "done", ...(since ? { statusChangedAt: { gte: since } } : {}) },
      select: { title: true, skillArea: true, templateKey: true },
    }),
  ]);
  const recentPractice = new Set(practice.map((p) => p.id));
  const sessions = (await listPractice(userId)).filter((s) => recentPractice.has(s.id));
  const label = (s: (typeof sessions)[number]) => `${PRACTICE_TYPE_LABELS[s.type]} on ${formatDay(s.heldOn)}`;
  const mocks = sessions.flatMap((s) => (s.mock?.scoredAt ? [{ session: s, mock: s.mock }] : []));
  const skills = (latest?.input as { skills?: Partial<Record<SkillArea, number>> } | undefined)?.skills ?? null;
  return {
    since,
    byArea: evidenceByArea({
      stories: stories.filter((s) => after(new Date(s.createdAt))),
      practice: sessions.map((s) => ({ label: label(s), heldOn: s.heldOn, scores: s.scores })),
      partner: mocks.map(({ session, mock }) => ({
        label: label(session),
        heldOn: session.heldOn,
        partnerName: mock.partnerName,
        scores: mock.scores,
      })),
      doneSteps: steps,
      disagreements: mockDisagreements(
        mocks.map(({ session, mock }) => ({ self: session.scores, partner: mock.scores })),
        skills,
      ),
    }),
  };
}
