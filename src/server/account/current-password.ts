import "server-only";
import { ActionError } from "@/server/action-result";
import { limiters } from "@/server/auth/limits";
import { verifyPassword } from "@/server/auth/password";
import { tooManyAttemptsMessage } from "@/server/auth/rate-limit";
import { db } from "@/server/db";

/**
 * Re-checks the password before a sensitive change. Failures count against the same per-account limit as
 * sign-in, so a borrowed session cannot be used to guess the password through the settings forms.
 */
export async function requireCurrentPassword(userId: string, password: string, field = "currentPassword") {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new ActionError("Your session has ended. Please sign in again.");
  const lock = limiters.failedSignInsByAccount.check(user.email);
  if (!lock.allowed) throw new ActionError(tooManyAttemptsMessage(lock.retryAfterSeconds));
  if (!(await verifyPassword(user.passwordHash, password))) {
    limiters.failedSignInsByAccount.record(user.email);
    throw new ActionError("Please correct the highlighted fields.", { [field]: ["That isn't your current password"] });
  }
}
