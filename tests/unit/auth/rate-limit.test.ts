import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter, tooManyAttemptsMessage } from "@/server/auth/rate-limit";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("memory rate limiter", () => {
  it("allows up to the limit within the window, then blocks with the wait until the oldest attempt expires", () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect(limiter.consume("a").allowed).toBe(true);
    time.advance(10_000);
    expect(limiter.consume("a").allowed).toBe(true);
    expect(limiter.consume("a").allowed).toBe(true);
    const blocked = limiter.consume("a");
    expect(blocked).toEqual({ allowed: false, retryAfterSeconds: 50 });
    time.advance(50_000);
    expect(limiter.consume("a").allowed).toBe(true);
  });

  it("keeps keys apart", () => {
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
    expect(limiter.consume("a").allowed).toBe(true);
    expect(limiter.consume("b").allowed).toBe(true);
    expect(limiter.consume("a").allowed).toBe(false);
  });

  it("check does not count; record does; reset forgets", () => {
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 1000, now: clock().now });
    for (let i = 0; i < 5; i++) expect(limiter.check("k").allowed).toBe(true);
    limiter.record("k");
    limiter.record("k");
    expect(limiter.check("k").allowed).toBe(false);
    limiter.reset("k");
    expect(limiter.check("k").allowed).toBe(true);
  });

  it("a blocked consume does not extend the block", () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 60_000, now: time.now });
    limiter.consume("k");
    for (let i = 0; i < 10; i++) limiter.consume("k");
    time.advance(60_001);
    expect(limiter.consume("k").allowed).toBe(true);
  });

  it("forgets expired keys so memory stays bounded", () => {
    const time = clock();
    const limiter = createMemoryRateLimiter({ limit: 5, windowMs: 1000, now: time.now });
    for (let i = 0; i < 100; i++) limiter.record(`ip-${i}`);
    time.advance(5000);
    limiter.check("trigger-sweep");
    for (let i = 0; i < 100; i++) expect(limiter.check(`ip-${i}`)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });
});

describe("tooManyAttemptsMessage", () => {
  it("rounds the wait up to whole minutes, singular and plural", () => {
    expect(tooManyAttemptsMessage(1)).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(tooManyAttemptsMessage(3600)).toBe("Too many attempts. Try again in 60 minutes.");
  });
});
