import "server-only";
import { firstNameOf, SHARE_TOKEN_PATTERN, shareLinkStatus, type ShareLinkStatus } from "@/domain/account/share-links";
import { questionById, type Question } from "@/domain/interview";
import { db } from "@/server/db";
import { hashShareToken } from "@/server/sharing/tokens";

export interface MockLinkView {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date;
  status: ShareLinkStatus;
  questions: { questionId: string; text: string; scored: boolean }[];
}

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
    questions: row.questions.map((q) => ({ questionId: q.questionId, text: questionById(q.questionId)?.text ?? q.questionId, scored: q.scoredAt !== null })),
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
