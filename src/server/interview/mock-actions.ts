"use server";

import { requireConfirmedEmail } from "@/server/account/confirmed-email";
import {
  ALREADY_SCORED_MESSAGE,
  createMockLinkSchema,
  MAX_ACTIVE_MOCK_LINKS,
  mockLinkExpiry,
  mockLinkRefSchema,
  partnerScoreSchema,
  questionById,
} from "@/domain/interview";
import { shareLinkStatus } from "@/domain/account/share-links";
import { MAX_PRACTICE_SESSIONS, PRACTICE_LIMIT_MESSAGE } from "@/domain/practice";
import { dayIn } from "@/domain/time-zone";
import { ActionError, publicAction, userAction } from "@/server/action";
import { limiters } from "@/server/auth/limits";
import { tooManyAttemptsMessage } from "@/server/auth/rate-limit";
import { db } from "@/server/db";
import { clientIp } from "@/server/request";
import { hashShareToken, newShareToken } from "@/server/sharing/tokens";
import { takeUserTurn } from "@/server/user-turn";
import { userTimeZone } from "@/server/workspace/time-zone";

/** The same words for unknown, revoked and expired links, as on the page. */
const LINK_GONE = "This link doesn't work any more. It may have expired or been turned off by the person who sent it.";

/**
 * Creates a mock link for one question or three. Each question logs a practice session (held today in the
 * owner's zone, with a peer) that the partner's scores attach to. Like every capability link it needs a
 * confirmed address; the token is returned once and only its hash is stored.
 */
export const createMockLinkAction = userAction(createMockLinkSchema, async ({ questionIds, label }, user) => {
  await requireConfirmedEmail(user.id);
  const now = new Date();
  const heldOn = dayIn(now, await userTimeZone(user.id));
  const token = newShareToken();
  const link = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    const active = await tx.mockLink.count({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_MOCK_LINKS)
      throw ActionError.quota(`You have ${MAX_ACTIVE_MOCK_LINKS} working mock links. Revoke one you no longer need first.`);
    if ((await tx.practiceSession.count({ where: { userId: user.id } })) + questionIds.length > MAX_PRACTICE_SESSIONS)
      throw ActionError.quota(PRACTICE_LIMIT_MESSAGE);
    const created = await tx.mockLink.create({
      data: { userId: user.id, tokenHash: hashShareToken(token), label, createdAt: now, expiresAt: mockLinkExpiry(now) },
      select: { id: true },
    });
    for (const [position, questionId] of questionIds.entries()) {
      const question = questionById(questionId)!; // the schema checked every id
      await tx.practiceSession.create({
        data: {
          userId: user.id,
          type: question.type,
          heldOn,
          withWhom: "peer",
          questionId,
          mock: { create: { mockLinkId: created.id, questionId, position } },
        },
        select: { id: true },
      });
    }
    return created;
  });
  return { id: link.id, token };
});

/** Revoking twice is fine; another user's link and a missing one get the same "not found". */
export const revokeMockLinkAction = userAction(mockLinkRefSchema, async ({ linkId }, user) => {
  const { count } = await db.mockLink.updateMany({
    where: { id: linkId, userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0 && !(await db.mockLink.findFirst({ where: { id: linkId, userId: user.id }, select: { id: true } })))
    throw ActionError.notFound("That link was not found. It may have been deleted.");
  return { linkId };
});

/**
 * A partner (no account) scores one question of a mock link. Counted per client address before the link is
 * looked up, so guessing tokens is slowed down too; each question takes one score set, then "already scored".
 */
export const scoreMockAction = publicAction(partnerScoreSchema, async ({ token, questionId, scores, partnerName, note }) => {
  const decision = await limiters().mockScoresByIp.consume(await clientIp());
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  const link = await db.mockLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true },
  });
  if (!link || shareLinkStatus(link, new Date()) !== "active") throw ActionError.notFound(LINK_GONE);
  const mock = await db.mockQuestion.findFirst({ where: { mockLinkId: link.id, questionId }, select: { id: true } });
  if (!mock) throw ActionError.invalid("That question is not part of this mock.");
  await db.$transaction(async (tx) => {
    // Claimed by the one update that finds it unscored: two parallel submissions cannot both land.
    const { count } = await tx.mockQuestion.updateMany({
      where: { id: mock.id, scoredAt: null },
      data: { scoredAt: new Date(), partnerName, note },
    });
    if (count === 0) throw ActionError.invalid(ALREADY_SCORED_MESSAGE);
    await tx.partnerScore.createMany({ data: Object.entries(scores).map(([area, score]) => ({ mockQuestionId: mock.id, area, score })) });
  });
  return { received: true };
});
