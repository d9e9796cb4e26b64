"use server";

import { redirect } from "next/navigation";
import { noInputSchema } from "@/domain/account/schemas";
import { forgotPasswordSchema, resetPasswordSchema } from "@/domain/mail/schemas";
import { ActionError, formAction, publicAction, userAction } from "@/server/action";
import { db } from "@/server/db";
import { wakeMailWorker } from "@/server/mail/outbox";
import { clientIp } from "@/server/request";
import { signIn } from "./config";
import { issueEmailVerification, RESET_REQUESTED_MESSAGE, requestPasswordReset, resetPassword } from "./email-links";
import { emailKey, guessKey, limiters } from "./limits";
import { tooManyAttemptsMessage } from "./rate-limit";

/**
 * Always the same answer, whether or not the address has an account. Counted per client, then per (address,
 * client), then per address overall; the first refusal stops the count there, so one client spends at most 3
 * of an address's 10 an hour, and a refused request sends no mail.
 */
const requestReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  const client = await clientIp();
  for (const [limiter, key] of [
    [limiters().passwordResetByIp, client],
    [limiters().passwordResetByEmailAndClient, `${emailKey(email)}|${client}`],
    [limiters().passwordResetByEmail, emailKey(email)],
  ] as const) {
    const decision = await limiter.consume(key);
    if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  }
  await requestPasswordReset(email);
  return { message: RESET_REQUESTED_MESSAGE };
});

/** Sets the new password and signs this browser in; every other session has ended. */
const reset = publicAction(resetPasswordSchema, async ({ token, newPassword }) => {
  const address = await clientIp();
  const decision = await limiters().authByIp.consume(address);
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  const { email } = await resetPassword(token, newPassword);
  await limiters().passwordGuesses.reset(guessKey(email, address));
  await signIn("credentials", { email, password: newPassword, redirect: false });
  redirect("/dashboard");
});

const resendVerification = userAction(noInputSchema, async (_input, user) => {
  const decision = await limiters().verificationByAccount.consume(user.id);
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  const current = await db.user.findUnique({
    where: { id: user.id },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (!current) throw ActionError.unauthenticated();
  if (current.emailVerifiedAt) return { message: "Your email address is already confirmed." };
  await db.$transaction((tx) => issueEmailVerification(tx, current, current.email));
  wakeMailWorker();
  return { message: `We've sent a new link to ${current.email}.` };
});

// Forms call these through useActionState: (previous state, form data).
export const requestPasswordResetAction = formAction(requestReset);
export const resetPasswordAction = formAction(reset);
export const resendVerificationAction = formAction(resendVerification);
