import "server-only";
// Password reset and address confirmation: the token model of docs/decisions/0015-mail-outbox-and-tokens.md.
// Each change and the email it causes are written in one transaction (the outbox).
import {
  addressInUseMail,
  emailChangedMail,
  emailChangeRequestedMail,
  noAccountMail,
  passwordChangedMail,
  passwordResetMail,
  RESET_TOKEN_MINUTES,
  VERIFY_TOKEN_HOURS,
  verifyEmailMail,
} from "@/domain/mail/messages";
import { ActionError } from "@/shared/action-result";
import { db, isUniqueConstraintError } from "@/server/db";
import { mailLinks } from "@/server/mail/links";
import { enqueueMail, type TxClient, wakeMailWorker } from "@/server/mail/outbox";
import { consumeToken, findUsableToken, newEmailToken, voidEmailTokens } from "@/server/mail/tokens";
import { emailKey, limiters } from "./limits";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";

/** One message for unknown, used and expired links alike. */
export const INVALID_LINK_MESSAGE = "This link has expired or has already been used.";

export const RESET_REQUESTED_MESSAGE =
  "If an account exists for that address, we've sent a link to reset its password. It works for 30 minutes.";

/**
 * Known and unknown addresses do the same work: one lookup, one token, one transaction that stores one
 * email. The owner of an address without an account is told so (perhaps they signed up with another).
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  const { token, tokenHash } = newEmailToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    if (user) {
      await tx.emailToken.create({ data: { userId: user.id, purpose: "password-reset", tokenHash, email: user.email, expiresAt } });
      await enqueueMail(
        tx,
        {
          userId: user.id,
          kind: "password-reset",
          to: user.email,
          ...passwordResetMail(user.name, mailLinks.resetPassword(token)),
        },
        now,
      );
    } else {
      await enqueueMail(
        tx,
        {
          userId: null,
          kind: "password-reset-no-account",
          to: email,
          ...noAccountMail(mailLinks.signUp(), mailLinks.forgotPassword()),
        },
        now,
      );
    }
  });
  wakeMailWorker();
}

/** Whether a reset link can still be used (for the page that shows the form). */
export async function isUsableResetToken(token: string, now = new Date()): Promise<boolean> {
  const row = await findUsableToken(db, "password-reset", token, now);
  return row !== null && row.email === row.user.email;
}

/**
 * Sets the new password, uses the token up (with every other open emailed link of the account: other resets,
 * a pending email change and its cancel link), ends every session, revokes every share link and queues the
 * "password changed" notice. A reset is how an owner takes the account back, so nothing someone else set up
 * while they had access (or while the address was unconfirmed) survives it. Returns the address to sign
 * this browser in with.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<{ email: string }> {
  const row = await findUsableToken(db, "password-reset", token, now);
  // A link sent before an email change belongs to the old address: it no longer opens the account.
  if (!row || row.email !== row.user.email) throw ActionError.invalid(INVALID_LINK_MESSAGE, { token: [INVALID_LINK_MESSAGE] });
  const { user } = row;
  const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) throw ActionError.invalid("Please choose a stronger password.", { newPassword: [problem] });
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, row.id, now))) throw ActionError.invalid(INVALID_LINK_MESSAGE, { token: [INVALID_LINK_MESSAGE] });
    await voidEmailTokens(tx, user.id, now);
    await tx.shareLink.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    // Capability links are revoked with the password: whoever took over the account may have sent them.
    await tx.mockLink.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({
      where: { id: user.id },
      // The link reached this mailbox, which proves the address as well as a confirmation link would.
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await enqueueMail(
      tx,
      {
        userId: user.id,
        kind: "password-changed",
        to: user.email,
        ...passwordChangedMail(user.name, mailLinks.forgotPassword()),
      },
      now,
    );
  });
  wakeMailWorker();
  return { email: user.email };
}

/** Queues a confirmation link for `email` (the current address after sign-up, or the new one of a change). */
export async function issueEmailVerification(
  tx: TxClient,
  user: { id: string; name: string; email: string },
  email: string,
  now = new Date(),
): Promise<void> {
  const { token, tokenHash } = newEmailToken();
  // Only the newest link counts: an older one for another address must not switch the account there later.
  await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "verify-email", usedAt: null }, data: { usedAt: now } });
  await tx.emailToken.create({
    data: {
      userId: user.id,
      purpose: "verify-email",
      tokenHash,
      email,
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_HOURS * 3_600_000),
    },
  });
  await enqueueMail(
    tx,
    {
      userId: user.id,
      kind: "verify-email",
      to: email,
      ...verifyEmailMail(user.name, mailLinks.verifyEmail(token), email !== user.email),
    },
    now,
  );
  if (email === user.email) return;
  // An email change also tells the current address, with a link that stops it.
  const cancel = newEmailToken();
  await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "cancel-email-change", usedAt: null }, data: { usedAt: now } });
  await tx.emailToken.create({
    data: {
      userId: user.id,
      purpose: "cancel-email-change",
      tokenHash: cancel.tokenHash,
      email: user.email,
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_HOURS * 3_600_000),
    },
  });
  await enqueueMail(
    tx,
    {
      userId: user.id,
      kind: "email-change-requested",
      to: user.email,
      ...emailChangeRequestedMail(user.name, email, mailLinks.cancelEmailChange(cancel.token), mailLinks.forgotPassword()),
    },
    now,
  );
}

/**
 * Tells the owner of a taken address that someone tried to sign up with it, or to move an account to it.
 * The caller answers as if the address were free; at most 3 notices an address an hour are sent (past that
 * the notice is skipped, never refused, so the answer stays the same).
 */
export async function noticeAddressInUse(owner: { id: string; name: string; email: string }, now = new Date()): Promise<void> {
  if (!(await limiters().addressInUseNotices.consume(emailKey(owner.email))).allowed) return;
  await enqueueMail(
    db,
    {
      userId: owner.id,
      kind: "address-in-use",
      to: owner.email,
      ...addressInUseMail(owner.name, mailLinks.signIn(), mailLinks.forgotPassword()),
    },
    now,
  );
  wakeMailWorker();
}

/** Whether a confirmation or cancel link can still be used (for the pages that show its button). */
export async function isUsableEmailToken(purpose: "verify-email" | "cancel-email-change", token: string, now = new Date()) {
  return (await findUsableToken(db, purpose, token, now)) !== null;
}

/**
 * The current address's owner stops a pending email change: its confirmation link, and this one, stop
 * working. The address stays as it was.
 */
export async function cancelEmailChange(token: string, now = new Date()): Promise<"cancelled" | "invalid"> {
  const row = await findUsableToken(db, "cancel-email-change", token, now);
  if (!row || row.email !== row.user.email) return "invalid";
  return db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, row.id, now))) return "invalid" as const;
    await tx.emailToken.updateMany({ where: { userId: row.userId, purpose: "verify-email", usedAt: null }, data: { usedAt: now } });
    return "cancelled" as const;
  });
}

export type ConfirmEmailOutcome = "confirmed" | "changed" | "invalid" | "taken";

/**
 * Confirms the address a link was sent to. For an email change, this is when the account moves to the new
 * address; the old one is told. Reset links sent to the old address stop working.
 */
export async function confirmEmail(token: string, now = new Date()): Promise<ConfirmEmailOutcome> {
  const row = await findUsableToken(db, "verify-email", token, now);
  if (!row) return "invalid";
  const { user } = row;
  const change = row.email !== user.email;
  try {
    const outcome = await db.$transaction(async (tx) => {
      if (!(await consumeToken(tx, row.id, now))) return "invalid" as const;
      if (!change) {
        await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
        return "confirmed" as const;
      }
      await tx.user.update({ where: { id: user.id }, data: { email: row.email, emailVerifiedAt: now } });
      await tx.emailToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await enqueueMail(
        tx,
        {
          userId: user.id,
          kind: "email-changed",
          to: user.email,
          ...emailChangedMail(user.name, row.email, mailLinks.forgotPassword()),
        },
        now,
      );
      return "changed" as const;
    });
    wakeMailWorker();
    return outcome;
  } catch (error) {
    // Someone else took the address between the request and the click: the unique index decides.
    if (isUniqueConstraintError(error)) return "taken";
    throw error;
  }
}
