"use server";

import { redirect } from "next/navigation";
import { landingNoticePath } from "@/domain/account/notices";
import {
  changeEmailSchema,
  changeNameSchema,
  changePasswordSchema,
  deleteAccountSchema,
  signOutEverywhereSchema,
} from "@/domain/account/settings-schemas";
import { ActionError, formAction, userAction } from "@/server/action";
import { signIn, signOut } from "@/server/auth/config";
import { hashPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import { db } from "@/server/db";
import { requireCurrentPassword } from "./current-password";
import { deleteEverythingOf } from "./delete-account";

const CORRECT_FIELDS = "Please correct the highlighted fields.";

const changeName = userAction(changeNameSchema, async ({ name }, user) => {
  await db.user.update({ where: { id: user.id }, data: { name } });
  return { message: "Your name is updated." };
});

const changeEmail = userAction(changeEmailSchema, async ({ email, currentPassword }, user) => {
  await requireCurrentPassword(user.id, currentPassword);
  const taken = await db.user.findFirst({ where: { email, NOT: { id: user.id } }, select: { id: true } });
  const duplicate = { email: ["Another account already uses this email address"] };
  if (taken) throw new ActionError(CORRECT_FIELDS, duplicate);
  try {
    await db.user.update({ where: { id: user.id }, data: { email } });
  } catch (error) {
    // Two accounts racing for the same address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new ActionError(CORRECT_FIELDS, duplicate);
    throw error;
  }
  return { message: `Your email is now ${email}.` };
});

/**
 * Bumping sessionVersion ends every session issued before, this one included; signing in again with the
 * new password then gives this browser a fresh session, so only the others are signed out. The redirect is
 * needed: Next re-renders after an action with the request's original headers, where next-auth would still
 * find the old (now revoked) cookie; a redirect renders the page with the new cookie.
 */
/** Ends every session of the user on the server (rows revoked, version bumped); optionally every share link too. */
async function endEverySession(userId: string, revokeShareLinks: boolean, data: { passwordHash?: string } = {}) {
  const now = new Date();
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } }),
    db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
    ...(revokeShareLinks ? [db.shareLink.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })] : []),
  ]);
}

const changePassword = userAction(changePasswordSchema, async ({ currentPassword, newPassword, revokeShareLinks }, user) => {
  await requireCurrentPassword(user.id, currentPassword);
  const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) throw new ActionError("Please choose a stronger password.", { newPassword: [problem] });
  if (newPassword === currentPassword) {
    throw new ActionError(CORRECT_FIELDS, { newPassword: ["Choose a password different from your current one"] });
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
