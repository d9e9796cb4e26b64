import "server-only";
import { ActionError, INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { guessKey, limiters } from "@/server/auth/limits";
import { verifyPassword } from "@/server/auth/password";
import { tooManyAttemptsMessage } from "@/server/auth/rate-limit";
import { db } from "@/server/db";
import { clientIp } from "@/server/request";

/**
 * Re-checks the password before a sensitive change. Failures count against the same per-account limit as
 * sign-in, so a borrowed session cannot be used to guess the password through the settings forms.
 */
export async function requireCurrentPassword(userId: string, password: string, field = "currentPassword") {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw ActionError.unauthenticated();
  const guesses = limiters().passwordGuesses;
  const key = guessKey(user.email, await clientIp());
  const decision = await guesses.consume(key);
  if (!decision.allowed) throw ActionError.rateLimited(tooManyAttemptsMessage(decision.retryAfterSeconds), decision.retryAfterSeconds);
  if (await verifyPassword(user.passwordHash, password)) {
    await guesses.reset(key);
  } else {
    throw ActionError.invalid(INVALID_INPUT_MESSAGE, { [field]: ["That isn't your current password"] });
  }
}
