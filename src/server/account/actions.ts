"use server";

import { redirect } from "next/navigation";
import { landingNoticePath } from "@/domain/account/notices";
import {
  changeEmailSchema,
  changeNameSchema,
  changePasswordSchema,
  deleteAccountSchema,
  setTimeZoneSchema,
  signOutEverywhereSchema,
} from "@/domain/account/schemas";
import { ActionError, formAction, INVALID_INPUT_MESSAGE, userAction } from "@/server/action";
import { signIn, signOut } from "@/server/auth/config";
import { issueEmailVerification, noticeAddressInUse } from "@/server/auth/email-links";
import { limiters } from "@/server/auth/limits";
import { hashPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import { tooManyAttemptsMessage } from "@/server/auth/rate-limit";
import { db } from "@/server/db";
import { wakeMailWorker } from "@/server/mail/outbox";
import { voidEmailTokens } from "@/server/mail/tokens";
import { requireConfirmedEmail } from "./confirmed-email";
import { requireCurrentPassword } from "./current-password";
import { deleteEverythingOf } from "./delete-account";

const changeName = userAction(changeNameSchema, async ({ name }, user) => {
  await db.user.update({ where: { id: user.id }, data: { name } });
  return { message: "Your name is updated." };
});

/**
 * An email change takes effect only once the new address is confirmed (src/server/auth/email-links.ts):
 * here the link goes out, and the account keeps its address until it is opened.
 */
const changeEmail = userAction(changeEmailSchema, async ({ email, currentPassword }, user) => {
  await requireCurrentPassword(user.id, currentPassword);
  await requireConfirmedEmail(user.id);
  const current = await db.user.findUnique({ where: { id: user.id }, select: { id: true, name: true, email: true } });
  if (!current) throw ActionError.unauthenticated();
  if (email === current.email) throw ActionError.invalid(INVALID_INPUT_MESSAGE, { email: ["That is already your email address"] });
  // Counted before the address is looked up, and the same answer whether it is taken or not: the limit
  // bounds how many addresses one account can probe, and the answer tells it nothing.
  const decision = await limiters().verificationByAccount.consume(user.id);
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  const taken = await db.user.findFirst({ where: { email, NOT: { id: user.id } }, select: { id: true, name: true, email: true } });
  if (taken) {
    await noticeAddressInUse(taken);
  } else {
    await db.$transaction((tx) => issueEmailVerification(tx, current, email));
    wakeMailWorker();
  }
  return { message: `We've sent a link to ${email}. Your email stays ${current.email} until you open it.` };
});

/**
 * Bumping sessionVersion ends every session issued before, this one included; signing in again with the
 * new password then gives this browser a fresh session, so only the others are signed out. The redirect is
 * needed: Next re-renders after an action with the request's original headers, where next-auth would still
 * find the old (now revoked) cookie; a redirect renders the page with the new cookie.
 */
/**
 * Ends every session of the user on the server (rows revoked, version bumped) and voids every open emailed
 * link (reset, confirmation, email change, cancel): someone who had access must not keep a way back in
 * through a link they sent themselves. Optionally every share link too.
 */
async function endEverySession(userId: string, revokeShareLinks: boolean, data: { passwordHash?: string } = {}, now = new Date()) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await voidEmailTokens(tx, userId, now);
    if (revokeShareLinks) await tx.shareLink.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  });
}

const changePassword = userAction(changePasswordSchema, async ({ currentPassword, newPassword, revokeShareLinks }, user) => {
  await requireCurrentPassword(user.id, currentPassword);
  const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) throw ActionError.invalid("Please choose a stronger password.", { newPassword: [problem] });
  if (newPassword === currentPassword) {
    throw ActionError.invalid(INVALID_INPUT_MESSAGE, { newPassword: ["Choose a password different from your current one"] });
  }
  await endEverySession(user.id, revokeShareLinks, { passwordHash: await hashPassword(newPassword) });
  await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
  redirect("/settings?notice=password-changed#password");
});

const signOutEverywhere = userAction(signOutEverywhereSchema, async ({ revokeShareLinks }, user) => {
  await endEverySession(user.id, revokeShareLinks);
  await signOut({ redirectTo: landingNoticePath("signed-out-everywhere") });
});

const deleteAccount = userAction(deleteAccountSchema, async ({ currentPassword }, user) => {
  await requireCurrentPassword(user.id, currentPassword);
  await deleteEverythingOf(user.id);
  await signOut({ redirectTo: landingNoticePath("account-deleted") });
});

// Forms call these through useActionState: (previous state, form data).
export const changeNameAction = formAction(changeName);
export const changeEmailAction = formAction(changeEmail);
export const changePasswordAction = formAction(changePassword);
export const signOutEverywhereAction = formAction(signOutEverywhere);
export const deleteAccountAction = formAction(deleteAccount);

/** Stores the caller's IANA time zone: every day and week the app shows or exports is computed in it. */
export const setTimeZoneAction = userAction(setTimeZoneSchema, async ({ timeZone }, user) => {
  await db.user.update({ where: { id: user.id }, data: { timeZone } });
  return { message: `Your time zone is now ${timeZone}.`, timeZone };
});
