import "server-only";
import { firstNameOf, SHARE_TOKEN_PATTERN, shareLinkStatus } from "@/domain/account/share-links";
import type { SkillArea } from "@/domain/assessment";
import { questionById, type Question } from "@/domain/interview";
import type { WeaknessSignals } from "@/domain/interview/suggest";
import { isSkillArea } from "@/domain/practice";
import { latestAssessments } from "@/server/assessment/queries";
import { db } from "@/server/db";
import type { MockLinkView } from "@/shared/interview-view";
import type { PracticeView } from "@/shared/practice-view";
import { hashShareToken } from "@/server/sharing/tokens";

/** The owner's mock links, newest first. Token hashes never leave the server. */
export async function listMockLinks(userId: string, now: Date): Promise<MockLinkView[]> {
  const rows = await db.mockLink.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      questions: { orderBy: { position: "asc" }, select: { questionId: true, scoredAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    status: shareLinkStatus(row, now),
    questions: row.questions.map((q) => ({
      questionId: q.questionId,
      text: questionById(q.questionId)?.text ?? q.questionId,
      scored: q.scoredAt !== null,
    })),
  }));
}

/** What the partner sees: the owner's first name and the questions. Never a self-score, a note or an id of the owner. */
export interface PartnerMockView {
  ownerFirstName: string;
  expiresAt: Date;
  questions: { question: Question; scored: boolean }[];
}

/** The mock behind a token, or null: unknown, revoked and expired tokens all look the same. */
export async function findMockForPartner(token: string, now: Date): Promise<PartnerMockView | null> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return null;
  const link = await db.mockLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      expiresAt: true,
      revokedAt: true,
      user: { select: { name: true } },
      questions: { orderBy: { position: "asc" }, select: { questionId: true, scoredAt: true } },
    },
  });
  if (!link || shareLinkStatus(link, now) !== "active") return null;
  return {
    ownerFirstName: firstNameOf(link.user.name),
    expiresAt: link.expiresAt,
    questions: link.questions.flatMap((q) => {
      const question = questionById(q.questionId);
      return question ? [{ question, scored: q.scoredAt !== null }] : [];
    }),
  };
}

/** What the suggestions weigh (src/domain/interview/suggest.ts), read for one user. */
export async function suggestionSignals(
  userId: string,
  practice: readonly PracticeView[],
): Promise<WeaknessSignals & { practised: { questionId: string; heldOn: string }[] }> {
  const [[latest], mentor] = await Promise.all([
    latestAssessments(userId, 1),
    db.mentorRating.findFirst({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { scores: { select: { area: true, score: true } } },
    }),
  ]);
  const scores = practice.flatMap((s) => [
    ...(Object.entries(s.scores) as [SkillArea, number][]).map(([area, score]) => ({ area, score, heldOn: s.heldOn })),
    ...(Object.entries(s.mock?.scores ?? {}) as [SkillArea, number][]).map(([area, score]) => ({ area, score, heldOn: s.heldOn })),
  ]);
  return {
    latestRating: latest ? latest.input.skills : null,
    latestMentorRating: mentor ? Object.fromEntries(mentor.scores.filter((s) => isSkillArea(s.area)).map((s) => [s.area, s.score])) : null,
    scores,
    // A mock link's session counts as practised only once the partner scored it, or once self-scored.
    practised: practice.flatMap((s) =>
      s.questionId && (Object.keys(s.scores).length > 0 || s.mock?.scoredAt) ? [{ questionId: s.questionId, heldOn: s.heldOn }] : [],
    ),
  };
}
