// Issue 11, scale-out: limit counts shared by every node. Two limiters created separately stand for two
// app nodes; on PostgreSQL they share the RateLimit table, with Redis (TEST_REDIS_URL) a Redis database.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLimiter, pingLimitStore, type LimitStore } from "@/server/auth/limit-stores";
import { UserFacingError } from "../../scripts/db/cli";
import { applyMigrations, deployMigrations } from "../../scripts/db/migrate";
import { db, testDbProvider } from "../support/db";

// scripts/test-integration.ts hands the shell's REDIS_URL over as TEST_REDIS_URL and clears REDIS_URL.
const redisUrl = process.env.TEST_REDIS_URL || undefined;

async function sharedAcrossTwoNodes(store: LimitStore) {
  const spec = { name: `test-${store}-${Date.now()}`, limit: 60, windowMs: 60_000 };
  const nodeA = createLimiter(spec, store, redisUrl);
  const nodeB = createLimiter(spec, store, redisUrl);
  // Redis has no offline queue: until the connection is ready, calls count in memory (by design), so the
  // burst waits for it.
  if (store === "redis") await expect.poll(() => pingLimitStore(redisUrl), { timeout: 10_000 }).toBe(true);
  const decisions = await Promise.all(Array.from({ length: 80 }, (_, i) => (i % 2 === 0 ? nodeA : nodeB).consume("198.51.100.80")));
  return decisions.filter((d) => !d.allowed).length;
}

describe(`shared rate-limit state on ${testDbProvider}`, () => {
  it.runIf(testDbProvider === "postgres")("PostgreSQL: 80 calls split over two nodes meet one limit of 60 (20 refused)", async () => {
    expect(await sharedAcrossTwoNodes("postgres")).toBe(20);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "test-postgres-" } } })).toBe(1);
  });

  it.runIf(testDbProvider === "sqlite")(
    "memory (one node): each node counts alone, which is why N nodes need PostgreSQL or Redis",
    async () => {
      expect(await sharedAcrossTwoNodes("memory")).toBe(0);
    },
  );

  it.skipIf(!redisUrl)("Redis (TEST_REDIS_URL): 80 calls split over two nodes meet one limit of 60", async () => {
    expect(await sharedAcrossTwoNodes("redis")).toBe(20);
  });
  if (!redisUrl) console.log("Redis limit store: skipped (set REDIS_URL=redis://127.0.0.1:6379 to test it).");
});

describe("npm start next to a running instance on the same SQLite file", () => {
  it("waits for the lock and migrates once it is free, or stops with one plain sentence", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pathfinder-busy-"));
    const url = `file:${path.join(dir, "busy.db")}`;
    try {
      await applyMigrations(url, { log: () => {} });
      const other = new Database(path.join(dir, "busy.db"));
      other.exec("BEGIN EXCLUSIVE"); // what a running instance in the middle of a write looks like
      const failure = await deployMigrations(url, { waitMs: 1_000, retryEveryMs: 200 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(UserFacingError);
      expect((failure as Error).message).toMatch(
        /stayed locked by another process .*several nodes need PostgreSQL, see docs\/deploy\.md\)\.$/,
      );
      expect((failure as Error).message).not.toMatch(/SocketTimeout/);

      const waiting = deployMigrations(url, { waitMs: 60_000, retryEveryMs: 100 });
      setTimeout(() => other.exec("COMMIT"), 300);
      await expect(waiting).resolves.toEqual({ applied: [] });
      other.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
