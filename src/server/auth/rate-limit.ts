/**
 * Rate limiting behind a small interface so a shared store (Redis, the database) can replace the
 * in-process one when the app runs on more than one node.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the next attempt would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Whether one more attempt is allowed now, without counting one. */
  check(key: string): RateLimitDecision;
  /** Counts one attempt. */
  record(key: string): void;
  /** Checks and, when allowed, counts one attempt. */
  consume(key: string): RateLimitDecision;
  /** Forgets a key (e.g. an account's failures after a successful sign-in). */
  reset(key: string): void;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

/** Sliding-window log kept in memory: exact within the window, memory bounded by limit × keys. */
export function createMemoryRateLimiter({ limit, windowMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const attempts = new Map<string, number[]>();
  let lastSweep = now();

  function recent(key: string, at: number): number[] {
    const list = attempts.get(key);
    if (!list) return [];
    const fresh = list.filter((t) => t > at - windowMs);
    if (fresh.length === 0) attempts.delete(key);
    else attempts.set(key, fresh);
    return fresh;
  }

  function sweep(at: number) {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const key of attempts.keys()) recent(key, at);
  }

  function check(key: string): RateLimitDecision {
    const at = now();
    sweep(at);
    const list = recent(key, at);
    if (list.length < limit) return { allowed: true, retryAfterSeconds: 0 };
    const oldestThatCounts = list[list.length - limit]!;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldestThatCounts + windowMs - at) / 1000)) };
  }

  function record(key: string) {
    const at = now();
    const list = recent(key, at);
    list.push(at);
    // Only the newest `limit` attempts can ever matter.
    attempts.set(key, list.slice(-limit));
  }

  return {
    check,
    record,
    consume(key) {
      const decision = check(key);
      if (decision.allowed) record(key);
      return decision;
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
