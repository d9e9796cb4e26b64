"use server";

import { shareLinkStatus } from "@/domain/account/share-links";
import {
  feedbackSeenSchema,
  MAX_RATINGS_PER_LINK,
  MENTOR_RATINGS_FULL_MESSAGE,
  mentorRatingRefSchema,
  mentorRatingSchema,
} from "@/domain/mentor";
import { ActionError, publicAction, userAction } from "@/server/action";
import { limiters } from "@/server/auth/limits";
import { tooManyAttemptsMessage } from "@/server/auth/rate-limit";
import { db } from "@/server/db";
import { clientIp } from "@/server/request";
import { takeUserTurn } from "@/server/user-turn";
import { hashShareToken } from "./tokens";

/** The same words for unknown, revoked and expired links, as on the shared page. */
const LINK_GONE = "This link doesn't work any more. It may have expired or been turned off by the person who shared it.";

/**
 * A mentor (no account) rates the owner's skill areas through a share link. Counted per client address
 * before the link is looked up, so guessing tokens is slowed down too; a link takes at most
 * MAX_RATINGS_PER_LINK ratings, and a revoked or expired one takes none.
 */
export const rateSharedPlanAction = publicAction(mentorRatingSchema, async ({ token, ratings, mentorName, note }) => {
  const decision = await limiters().mentorRatingsByIp.consume(await clientIp());
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, userId: true, expiresAt: true, revokedAt: true },
  });
  if (!link || shareLinkStatus(link, new Date()) !== "active") throw ActionError.notFound(LINK_GONE);
  await db.$transaction(async (tx) => {
    // The owner's turn: a burst of parallel submissions cannot slip past the cap.
    await takeUserTurn(tx, link.userId);
    if ((await tx.mentorRating.count({ where: { shareLinkId: link.id } })) >= MAX_RATINGS_PER_LINK)
      throw ActionError.quota(MENTOR_RATINGS_FULL_MESSAGE);
    await tx.mentorRating.create({
      data: {
        userId: link.userId,
        shareLinkId: link.id,
        mentorName,
        note,
        scores: { create: Object.entries(ratings).map(([area, score]) => ({ area, score })) },
      },
      select: { id: true },
    });
  });
  return { received: true };
});

/** The owner removes a rating (e.g. one sent by someone they didn't mean to share with). */
export const deleteMentorRatingAction = userAction(mentorRatingRefSchema, async ({ ratingId }, user) => {
  const { count } = await db.mentorRating.deleteMany({ where: { id: ratingId, userId: user.id } });
  if (count === 0) throw ActionError.notFound("That rating was not found. It may have been deleted.");
  return { ratingId };
});

/**
 * The owner has seen their mentors' feedback up to the newest rating shown to them (never "now", so a rating
 * that arrives while the page is open stays new). The mark only moves forward.
 */
export const markFeedbackSeenAction = userAction(feedbackSeenSchema, async ({ seenUpTo }, user) => {
  const at = new Date(seenUpTo);
  await db.user.updateMany({
    where: { id: user.id, OR: [{ feedbackSeenAt: null }, { feedbackSeenAt: { lt: at } }] },
    data: { feedbackSeenAt: at },
  });
  return { seenUpTo };
});
