"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { checkYourInboxMessage } from "@/domain/account/notices";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/domain/account/schemas";
import { ActionError, formAction, publicAction } from "@/server/action";
import { db, isUniqueConstraintError } from "@/server/db";
import { wakeMailWorker } from "@/server/mail/outbox";
import { clientIp } from "@/server/request";
import { signIn, signOut } from "./config";
import { issueEmailVerification, noticeAddressInUse } from "./email-links";
import { limiters } from "./limits";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { tooManyAttemptsMessage } from "./rate-limit";

const WRONG_CREDENTIALS = "Email or password is incorrect.";

async function guardAttemptsFromThisClient() {
  const decision = await limiters().authByIp.consume(await clientIp());
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
}

/** Signs in through next-auth and maps its errors to the messages we show. */
async function startSession(email: string, password: string) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const wait = /^rate_limited:(\d+)$/.exec(error.code)?.[1];
      throw wait ? ActionError.rateLimited(tooManyAttemptsMessage(Number(wait)), Number(wait)) : ActionError.invalid(WRONG_CREDENTIALS);
    }
    if (error instanceof AuthError) throw ActionError.invalid(WRONG_CREDENTIALS);
    throw error;
  }
}

/**
 * A taken address gets the "check your inbox" answer and its owner an email, never "an account exists"; a
 * free one gets the account and a signed-in browser. Both hash the password, so neither is quicker. What
 * still differs (signed in or not) is bounded by the per-client limit (docs/decisions/0023-recovery-and-enumeration.md).
 */
const signUp = publicAction(signUpSchema, async ({ name, email, password, weeklyDigest, callbackUrl }) => {
  await guardAttemptsFromThisClient();
  const problem = passwordProblem(password, { email, name });
  if (problem) throw ActionError.invalid("Please choose a stronger password.", { password: [problem] });

  const passwordHash = await hashPassword(password);
  const addressTaken = async () => {
    const owner = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
    if (owner) await noticeAddressInUse(owner);
    return { message: checkYourInboxMessage(email) };
  };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return addressTaken();
  try {
    // The account, its mail settings and the confirmation email: all stored together, or none of them.
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, passwordHash } });
      const now = new Date();
      // Opting in now means the first check-in comes next Monday, not for a Monday already past.
      await tx.mailSettings.create({ data: { userId: user.id, weeklyDigest, lastDigestAt: weeklyDigest ? now : null } });
      await issueEmailVerification(tx, user, email, now);
    });
    wakeMailWorker();
  } catch (error) {
    // Two sign-ups racing for the same email: the unique index decides, and the loser is answered alike.
    if (isUniqueConstraintError(error)) return addressTaken();
    throw error;
  }
  await startSession(email, password);
  redirect(safeCallbackPath(callbackUrl));
});

const signInWithPassword = publicAction(signInSchema, async ({ email, password, callbackUrl }) => {
  await guardAttemptsFromThisClient();
  await startSession(email, password);
  redirect(safeCallbackPath(callbackUrl));
});

// Forms call these through useActionState: (previous state, form data).
export const signUpAction = formAction(signUp);
export const signInAction = formAction(signInWithPassword);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
