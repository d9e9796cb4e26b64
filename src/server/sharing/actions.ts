"use server";

import { createShareLinkSchema, MAX_ACTIVE_SHARE_LINKS, revokeShareLinkSchema, shareLinkExpiry } from "@/domain/account/share-links";
import { ActionError, formAction, userAction } from "@/server/action";
import { requireConfirmedEmail } from "@/server/account/confirmed-email";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { countActiveShareLinks } from "./queries";
import { hashShareToken, newShareToken } from "./tokens";
import { activePlanOf } from "@/server/plan/rows";

const createShareLink = userAction(createShareLinkSchema, async ({ label, expiresIn, ...include }, user) => {
  await requireConfirmedEmail(user.id);
  const plan = await db.plan.findFirst({
    where: activePlanOf(user.id),
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!plan) throw ActionError.notFound("You don't have a plan to share yet. Build one from your assessment first.");
  const now = new Date();
  const token = newShareToken();
  // In the user's turn: a parallel burst must not slip past the limit on working links.
  const link = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await countActiveShareLinks(user.id, now, tx)) >= MAX_ACTIVE_SHARE_LINKS) {
      throw ActionError.quota(`You have ${MAX_ACTIVE_SHARE_LINKS} working links. Revoke one you no longer need first.`);
    }
    return tx.shareLink.create({
      data: {
        userId: user.id,
        planId: plan.id,
        tokenHash: hashShareToken(token),
        label,
        expiresAt: shareLinkExpiry(now, expiresIn),
        ...include,
      },
      select: { id: true },
    });
  });
  // The token is returned this once and never stored: the owner copies the link now or makes a new one.
  return { id: link.id, token };
});

/** Revoking twice is fine; another user's link and a missing one get the same "not found". */
const revokeShareLink = userAction(revokeShareLinkSchema, async ({ linkId }, user) => {
  const { count } = await db.shareLink.updateMany({
    where: { id: linkId, userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) {
    const own = await db.shareLink.findFirst({ where: { id: linkId, userId: user.id }, select: { id: true } });
    if (!own) throw ActionError.notFound("That link was not found. It may have been deleted.");
  }
  return { linkId };
});

// Forms call these through useActionState: (previous state, form data).
export const createShareLinkAction = formAction(createShareLink);
export const revokeShareLinkAction = formAction(revokeShareLink);
