import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/server/env";
import { createLimiter } from "./limit-stores";
import { allOf, type RateLimiter } from "./rate-limit";

interface Limiters {
  /** Sign-in and sign-up attempts per client address: 10 a minute. */
  authByIp: RateLimiter;
  /**
   * Password guesses per account and client address, counted before the password is checked: 5 a minute,
   * 15 a quarter hour, 30 an hour. Waits grow instead of locking the account, and an attacker's address
   * never slows the owner down on theirs (docs/decisions/0018-sessions-and-sign-in-limits.md).
   */
  passwordGuesses: RateLimiter;
  /** Public JSON API calls per client address: 60 a minute. */
  apiByIp: RateLimiter;
  /** Server actions per signed-in user: ACTIONS_PER_MINUTE, 120 by default (src/server/action.ts). */
  actionsByUser: RateLimiter;
  /** Password-reset requests per client address: 10 an hour. */
  passwordResetByIp: RateLimiter;
  /**
   * Password-reset requests per email address (known or not) and client network: 3 an hour. Keyed on both,
   * so a stranger's requests never use up the owner's own (docs/decisions/0023-recovery-and-enumeration.md).
   */
  passwordResetByEmailAndClient: RateLimiter;
  /** Password-reset requests per email address from all clients together: 10 an hour, a cap on mail to one inbox. */
  passwordResetByEmail: RateLimiter;
  /** "Someone tried to use your address" notices per address: 3 an hour; past it the notice is skipped, not refused. */
  addressInUseNotices: RateLimiter;
  /** Confirmation emails (sign-up resend, email change) per account: 5 an hour. */
  verificationByAccount: RateLimiter;
  /** Mentor ratings sent through share links, per client address: 10 an hour (src/server/sharing/mentor-actions.ts). */
  mentorRatingsByIp: RateLimiter;
  /** Partners' scores sent through mock links, per client address: 10 an hour (src/server/interview/mock-actions.ts). */
  mockScoresByIp: RateLimiter;
}

const MINUTE = 60_000;

// Kept on globalThis so development hot reloads do not reset the counts.
const store = globalThis as typeof globalThis & { __pathfinderLimiters?: Limiters };

export function limiters(): Limiters {
  return (store.__pathfinderLimiters ??= {
    authByIp: createLimiter({ name: "auth-ip", limit: 10, windowMs: MINUTE }),
    passwordGuesses: allOf([
      createLimiter({ name: "guess-1m", limit: 5, windowMs: MINUTE }),
      createLimiter({ name: "guess-15m", limit: 15, windowMs: 15 * MINUTE }),
      createLimiter({ name: "guess-1h", limit: 30, windowMs: 60 * MINUTE }),
    ]),
    apiByIp: createLimiter({ name: "api-ip", limit: 60, windowMs: MINUTE }),
    actionsByUser: createLimiter({ name: "action-user", limit: env().ACTIONS_PER_MINUTE, windowMs: MINUTE }),
    passwordResetByIp: createLimiter({ name: "reset-ip", limit: 10, windowMs: 60 * MINUTE }),
    passwordResetByEmailAndClient: createLimiter({ name: "reset-email-client", limit: 3, windowMs: 60 * MINUTE }),
    passwordResetByEmail: createLimiter({ name: "reset-email", limit: 10, windowMs: 60 * MINUTE }),
    addressInUseNotices: createLimiter({ name: "in-use-notice", limit: 3, windowMs: 60 * MINUTE }),
    verificationByAccount: createLimiter({ name: "verify-account", limit: 5, windowMs: 60 * MINUTE }),
    mentorRatingsByIp: createLimiter({ name: "mentor-ip", limit: 10, windowMs: 60 * MINUTE }),
    mockScoresByIp: createLimiter({ name: "mock-ip", limit: 10, windowMs: 60 * MINUTE }),
  });
}

// Production requires AUTH_SECRET (src/server/env.ts); development and tests without one still get stable keys.
const DEVELOPMENT_SECRET = "pm-pathfinder-development-limit-key-secret";

/**
 * An email address as limit keys hold it: an HMAC, so the RateLimit table (and Redis) never store an
 * address, and a deleted account's counters can be found without it surviving there.
 */
export function emailKey(email: string): string {
  return createHmac("sha256", env().AUTH_SECRET ?? DEVELOPMENT_SECRET)
    .update(`limit-key:${email.trim().toLowerCase()}`)
    .digest("hex");
}

/** The key of one account (by address) seen from one client. */
export function guessKey(email: string, address: string): string {
  return `${emailKey(email)}|${address}`;
}
