/**
 * Rate limiting behind a small interface, so the store can be process memory (one node, SQLite) or shared
 * state (PostgreSQL, Redis) when the app runs on more than one node: see src/server/auth/limit-stores.ts and
 * docs/decisions/0017-rate-limit-store.md.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the next attempt would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one attempt and says whether it was allowed, in one atomic step (check and count never race). */
  consume(key: string): Promise<RateLimitDecision>;
  /** Forgets a key (e.g. an account's failures after a successful sign-in). */
  reset(key: string): Promise<void>;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** At most this many keys are kept; the least recently used one is forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

/** Enough for every address that can be active in a window on one node; bounds memory whatever arrives. */
export const DEFAULT_MAX_KEYS = 20_000;

/**
 * Sliding-window log kept in memory: exact within the window. Memory is bounded twice: a key keeps at most
 * `limit` timestamps, and at most `maxKeys` keys are kept (a flood of distinct addresses evicts the least
 * recently used key instead of growing the map).
 */
export function createMemoryRateLimiter({ limit, windowMs, maxKeys = DEFAULT_MAX_KEYS, now = Date.now }: RateLimitOptions) {
  const attempts = new Map<string, number[]>();
  let lastSweep = now();

  function recent(key: string, at: number): number[] {
    const list = attempts.get(key);
    if (!list) return [];
    const fresh = list.filter((t) => t > at - windowMs);
    attempts.delete(key); // re-inserted below when still in use: Map order is then least recently used first
    if (fresh.length > 0) attempts.set(key, fresh);
    return fresh;
  }

  function sweep(at: number) {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const key of [...attempts.keys()]) recent(key, at);
  }

  function consumeNow(key: string): RateLimitDecision {
    const at = now();
    sweep(at);
    const list = recent(key, at);
    if (list.length >= limit) {
      attempts.set(key, list);
      const oldestThatCounts = list[list.length - limit]!;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldestThatCounts + windowMs - at) / 1000)) };
    }
    list.push(at);
    attempts.set(key, list);
    while (attempts.size > maxKeys) attempts.delete(attempts.keys().next().value!);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  return {
    // Synchronous inside: no other attempt can slip between the check and the count.
    consume: async (key: string) => consumeNow(key),
    reset: async (key: string) => void attempts.delete(key),
    /** How many keys are held now (for tests of the memory bound). */
    size: () => attempts.size,
  } satisfies RateLimiter & { size(): number };
}

/**
 * Several limits on one key, all counted: e.g. 5 a minute, 15 a quarter hour, 30 an hour gives growing
 * waits (a minute, then a quarter hour, then an hour) instead of one hard lock.
 */
export function allOf(limiters: RateLimiter[]): RateLimiter {
  return {
    async consume(key) {
      const decisions = await Promise.all(limiters.map((limiter) => limiter.consume(key)));
      const refused = decisions.filter((d) => !d.allowed);
      if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: false, retryAfterSeconds: Math.max(...refused.map((d) => d.retryAfterSeconds)) };
    },
    async reset(key) {
      await Promise.all(limiters.map((limiter) => limiter.reset(key)));
    },
  };
}

export function tooManyActionsMessage(retryAfterSeconds: number): string {
  return `You're making changes faster than we allow. Please wait ${retryAfterSeconds} ${retryAfterSeconds === 1 ? "second" : "seconds"} and try again.`;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
