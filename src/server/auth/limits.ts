import "server-only";
import { createMemoryRateLimiter, type RateLimiter } from "./rate-limit";

interface Limiters {
  /** Sign-in and sign-up attempts per client address: 10 a minute. */
  authByIp: RateLimiter;
  /** Failed sign-ins per account: 100 an hour. */
  failedSignInsByAccount: RateLimiter;
  /** Public JSON API calls per client address: 60 a minute. */
  apiByIp: RateLimiter;
  /** Password-reset requests per client address: 10 an hour. */
  passwordResetByIp: RateLimiter;
  /** Password-reset requests per email address (known or not): 3 an hour. */
  passwordResetByEmail: RateLimiter;
  /** Confirmation emails (sign-up resend, email change) per account: 5 an hour. */
  verificationByAccount: RateLimiter;
}

// Kept on globalThis so development hot reloads do not reset the counts.
const store = globalThis as typeof globalThis & { __pathfinderLimiters?: Limiters };

export const limiters: Limiters = (store.__pathfinderLimiters ??= {
  authByIp: createMemoryRateLimiter({ limit: 10, windowMs: 60_000 }),
  failedSignInsByAccount: createMemoryRateLimiter({ limit: 100, windowMs: 60 * 60_000 }),
  apiByIp: createMemoryRateLimiter({ limit: 60, windowMs: 60_000 }),
  passwordResetByIp: createMemoryRateLimiter({ limit: 10, windowMs: 60 * 60_000 }),
  passwordResetByEmail: createMemoryRateLimiter({ limit: 3, windowMs: 60 * 60_000 }),
  verificationByAccount: createMemoryRateLimiter({ limit: 5, windowMs: 60 * 60_000 }),
});
