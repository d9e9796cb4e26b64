import "server-only";
import { createMemoryRateLimiter, type RateLimiter } from "./rate-limit";

interface Limiters {
  /** Sign-in and sign-up attempts per client address: 10 a minute. */
  authByIp: RateLimiter;
  /** Failed sign-ins per account: 100 an hour. */
  failedSignInsByAccount: RateLimiter;
  /** Public JSON API calls per client address: 60 a minute. */
  apiByIp: RateLimiter;
}

// Kept on globalThis so development hot reloads do not reset the counts.
const store = globalThis as typeof globalThis & { __pathfinderLimiters?: Limiters };

export const limiters: Limiters = (store.__pathfinderLimiters ??= {
  authByIp: createMemoryRateLimiter({ limit: 10, windowMs: 60_000 }),
  failedSignInsByAccount: createMemoryRateLimiter({ limit: 100, windowMs: 60 * 60_000 }),
  apiByIp: createMemoryRateLimiter({ limit: 60, windowMs: 60_000 }),
});
