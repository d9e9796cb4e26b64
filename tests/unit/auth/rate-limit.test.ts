import { describe, expect, it } from "vitest";
import { allOf, createMemoryRateLimiter, tooManyAttemptsMessage } from "@/server/auth/rate-limit";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("memory rate limiter", () => {
  it("allows up to the limit within the window, then blocks with the wait until the oldest attempt expires", async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect((await limiter.consume("a")).allowed).toBe(true);
    time.advance(10_000);
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect(await limiter.consume("a")).toEqual({ allowed: false, retryAfterSeconds: 50 });
    time.advance(50_000);
    expect((await limiter.consume("a")).allowed).toBe(true);
  });

  it("keeps keys apart; reset forgets a key", async () => {
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("b")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(false);
    await limiter.reset("a");
    expect((await limiter.consume("a")).allowed).toBe(true);
  });

  it("a blocked consume does not extend the block", async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 60_000, now: time.now });
    await limiter.consume("k");
    for (let i = 0; i < 10; i++) await limiter.consume("k");
    time.advance(60_001);
    expect((await limiter.consume("k")).allowed).toBe(true);
  });

  it("a parallel burst is counted in full: only `limit` of 50 simultaneous attempts get through", async () => {
    const limiter = createMemoryRateLimiter({ limit: 5, windowMs: 60_000, now: clock().now });
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.consume("victim|198.51.100.1")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it("stays bounded over 100,000 distinct keys, forgetting the least recently used first", async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 3, windowMs: 60 * 60_000, maxKeys: 10_000, now: time.now });
    await limiter.consume("busy");
    await limiter.consume("busy");
    let maxSeen = 0;
    for (let i = 0; i < 100_000; i++) {
      await limiter.consume(`203.0.${i >> 8}.${i & 255}-${i}`);
      if (i % 5_000 === 0) await limiter.consume("busy"); // recently used: kept
      if (i % 1_000 === 0) maxSeen = Math.max(maxSeen, limiter.size());
    }
    expect(maxSeen).toBeLessThanOrEqual(10_000);
    expect(limiter.size()).toBe(10_000);
    expect((await limiter.consume("busy")).allowed).toBe(false);
  }, 60_000);

  it("forgets expired keys", async () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 5, windowMs: 1000, now: time.now });
    for (let i = 0; i < 100; i++) await limiter.consume(`ip-${i}`);
    time.advance(5000);
    await limiter.consume("trigger-sweep");
    expect(limiter.size()).toBe(1);
  });
});

describe("allOf: growing waits instead of one hard lock", () => {
  it("5 a minute, then 15 a quarter hour, then 30 an hour: each wait is longer, none is permanent", async () => {
    const time = clock();
    const tiers = allOf([
      createMemoryRateLimiter({ limit: 5, windowMs: 60_000, now: time.now }),
      createMemoryRateLimiter({ limit: 15, windowMs: 15 * 60_000, now: time.now }),
      createMemoryRateLimiter({ limit: 30, windowMs: 60 * 60_000, now: time.now }),
    ]);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      const decision = await tiers.consume("k");
      if (!decision.allowed) {
        waits.push(decision.retryAfterSeconds);
        time.advance(decision.retryAfterSeconds * 1000);
      }
    }
    expect(waits[0]).toBeLessThanOrEqual(60);
    expect(Math.max(...waits)).toBeGreaterThan(60);
    expect(Math.max(...waits)).toBeLessThanOrEqual(3600);
  });
});

describe("tooManyAttemptsMessage", () => {
  it("rounds the wait up to whole minutes, singular and plural", () => {
    expect(tooManyAttemptsMessage(1)).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(tooManyAttemptsMessage(3600)).toBe("Too many attempts. Try again in 60 minutes.");
  });
});
