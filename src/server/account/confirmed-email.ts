import "server-only";
import { ActionError } from "@/shared/action-result";
import { db } from "@/server/db";

export const EMAIL_UNCONFIRMED_MESSAGE =
  "Please confirm your email address first: open the link we sent you, or ask for a new one at the top of the page.";

/** The FORBIDDEN reason a client can branch on: the action was refused until the address is confirmed. */
export const EMAIL_UNCONFIRMED_REASON = "email_unconfirmed";

/**
 * Anything that hands out access (share and mentor links) or moves the account (email change) needs a
 * confirmed address. An account made with someone else's address stays unconfirmed, so whatever its maker
 * sets up cannot reach past the owner's reset (docs/decisions/0023-recovery-and-enumeration.md).
 */
export async function requireConfirmedEmail(userId: string): Promise<void> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!row) throw ActionError.unauthenticated();
  if (!row.emailVerifiedAt) throw ActionError.forbidden(EMAIL_UNCONFIRMED_MESSAGE, EMAIL_UNCONFIRMED_REASON);
}
