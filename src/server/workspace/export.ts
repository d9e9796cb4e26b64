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
      jobDescription: true,
      whyCompany: true,
      createdAt: true,
      updatedAt: true,
      stageChanges: { orderBy: { changedAt: "asc" }, select: { stage: true, changedAt: true } },
      bullets: { orderBy: { position: "asc" }, select: { id: true, storyId: true, text: true, storyUpdatedAt: true, position: true } },
    },
  });
  const people = await db.person.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      role: true,
      company: true,
      howMet: true,
      lastContactOn: true,
      nextStep: true,
      notes: true,
      applicationId: true,
      planItemId: true,
      createdAt: true,
      updatedAt: true,
      conversations: { orderBy: { heldOn: "asc" }, select: { id: true, heldOn: true, notes: true, createdAt: true } },
    },
  });
  const practice = await db.practiceSession.findMany({
    where: { userId },
    orderBy: [{ heldOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      type: true,
      heldOn: true,
      withWhom: true,
      notes: true,
      questionId: true,
      createdAt: true,
      scores: { select: { area: true, score: true } },
      // A partner's scores from a mock link land beside the self-scores.
      mock: {
        select: { mockLinkId: true, partnerName: true, note: true, scoredAt: true, scores: { select: { area: true, score: true } } },
      },
    },
  });
  // Token hashes stay out, as for share links.
  const mockLinks = await db.mockLink.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      questions: { orderBy: { position: "asc" }, select: { questionId: true, sessionId: true } },
    },
  });
  const stories = await db.story.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      situation: true,
      task: true,
      action: true,
      result: true,
      applicationId: true,
      practiceSessionId: true,
      createdAt: true,
      updatedAt: true,
      areas: { select: { area: true } },
      themes: { select: { theme: true } },
    },
  });
  return { applications, people, practice, stories, mockLinks };
}
