import "server-only";
import { env } from "@/server/env";
import { createLimiter } from "./limit-stores";
import { allOf, type RateLimiter } from "./rate-limit";

interface Limiters {
  /** Sign-in and sign-up attempts per client address: 10 a minute. */
  authByIp: RateLimiter;
  /**
   * Password guesses per account and client address, counted before the password is checked: 5 a minute,
   * 15 a quarter hour, 30 an hour. Waits grow instead of locking the account, and an attacker's address
   * never slows the owner down on theirs (docs/decisions/0013-sessions-and-sign-in-limits.md).
   */
  passwordGuesses: RateLimiter;
  /** Public JSON API calls per client address: 60 a minute. */
  apiByIp: RateLimiter;
  /** Server actions per signed-in user: ACTIONS_PER_MINUTE, 120 by default (src/server/action.ts). */
  actionsByUser: RateLimiter;
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
  });
}

/** The key of one account seen from one address. */
export function guessKey(email: string, address: string): string {
  return `${email}|${address}`;
}
