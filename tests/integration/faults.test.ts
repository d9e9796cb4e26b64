// Issue 21 §2.3–2.5 and §2.8: faults survived. The database's connection cut (PostgreSQL, through a TCP proxy:
// the machine's server is never stopped), Redis black-holed, the SQLite file full, and what health says.
import { afterEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { createLimiter, pingLimitStore } from "@/server/auth/limit-stores";
import { createDbClient } from "@/server/db";
import { healthReport, OUTBOX_STUCK_AFTER_MS } from "@/server/health";
import { addCustomItemAction, setItemStatusAction } from "@/server/plan/actions";
import { markShuttingDown } from "@/server/shutdown";
import { DISK_FULL_MESSAGE, isDatabaseUnavailableError, isDiskFullError } from "@/server/unavailable";
import { db, resetDatabase, testDbProvider } from "../support/db";
import { userWithPlan } from "../support/fixtures";
import { startTcpProxy } from "../support/tcp-proxy";

const redisUrl = process.env.TEST_REDIS_URL || undefined;

describe(`faults on ${testDbProvider}`, () => {
  afterEach(() => {
    (globalThis as { __pathfinderStopping?: boolean }).__pathfinderStopping = false;
  });

  it.runIf(testDbProvider === "postgres")(
    "a cut connection to PostgreSQL is told apart from a bug, and the client recovers when it is back",
    async () => {
      const target = new URL(process.env.DATABASE_URL!);
      const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const proxied = new URL(target);
      proxied.hostname = "127.0.0.1";
      proxied.port = String(proxy.port);
      const client = createDbClient(proxied.toString());
      try {
        expect(await client.user.count()).toBeGreaterThanOrEqual(0);
        proxy.setMode("cut");
        const during = await client.user.count().then(
          () => null,
          (error: unknown) => error,
        );
        expect(during).not.toBeNull();
        expect(isDatabaseUnavailableError(during)).toBe(true);
        proxy.setMode("open");
        await expect
          .poll(
            () =>
              client.user.count().then(
                () => "ok",
                () => "down",
              ),
            { timeout: 20_000 },
          )
          .toBe("ok");
      } finally {
        await client.$disconnect();
        await proxy.close();
      }
    },
  );

  it("a refused SQL statement or a missing row is not an outage", async () => {
    const error = await db.$queryRawUnsafe("SELECT * FROM no_such_table").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailableError(error)).toBe(false);
    expect(isDatabaseUnavailableError(new Error("Item not found"))).toBe(false);
  });

  it("Redis black-holed (connections accepted, nothing answered): the memory fallback answers the first call, and health can tell", async () => {
    const hole = await startTcpProxy({ host: "127.0.0.1", port: 9 });
    hole.setMode("blackhole");
    try {
      const url = `redis://127.0.0.1:${hole.port}`;
      const limiter = createLimiter({ name: `blackhole-${Date.now()}`, limit: 2, windowMs: 60_000 }, "redis", url);
      // No offline queue: the first call does not wait for a connection that never becomes ready.
      const decisions = [];
      for (let i = 0; i < 3; i++) decisions.push(await limiter.consume("198.51.100.9"));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]); // the per-node memory still limits
      expect(await pingLimitStore(url)).toBe(false);
    } finally {
      await hole.close();
    }
  });

  it.skipIf(!redisUrl)("Redis answering, then black-holed mid-way: the command timeout hands over to memory", async () => {
    const real = new URL(redisUrl!);
    const proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 6379) });
    try {
      const url = `redis://127.0.0.1:${proxy.port}`;
      const limiter = createLimiter({ name: `midway-${Date.now()}`, limit: 5, windowMs: 60_000 }, "redis", url);
      // Before the connection is ready a call is answered from memory at once (no offline queue).
      expect((await limiter.consume("198.51.100.10")).allowed).toBe(true);
      await expect.poll(() => pingLimitStore(url), { timeout: 10_000 }).toBe(true);
      expect((await limiter.consume("198.51.100.10")).allowed).toBe(true);
      proxy.setMode("blackhole");
      expect((await limiter.consume("198.51.100.10")).allowed).toBe(true);
      expect(await pingLimitStore(url)).toBe(false);
    } finally {
      await proxy.close();
    }
  });

  it.runIf(testDbProvider === "sqlite")("a full SQLite file: the write says the server is out of space and nothing was saved", async () => {
    await resetDatabase();
    const { user, plan } = await userWithPlan();
    signInAs(user);
    // SQLITE_FULL from the engine itself: the file may not grow by a single page more.
    const pages = (await db.$queryRawUnsafe<{ page_count: number }[]>("PRAGMA page_count"))[0]!.page_count;
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    try {
      // Fill the free room the last pages still have, in both tables the writes below touch, with rows ever
      // smaller, until the engine refuses even the smallest.
      let refusals = 0;
      const refused = (error: unknown) => {
        if (!isDiskFullError(error)) throw error;
        refusals += 1;
        return true;
      };
      for (const [round, size] of [2000, 200, 20, 1].entries()) {
        for (let i = 0, full = false; i < 5_000 && !full; i++) {
          await db.activityEvent
            .create({ data: { userId: user.id, kind: "filler", itemId: "x".repeat(size) } })
            .catch((e: unknown) => (full = refused(e)));
          const position = 100_000 * (round + 1) + i;
          const filler = {
            planId: plan.id,
            title: "filler",
            detail: "x".repeat(size),
            category: "experience",
            phase: 3,
            position,
            custom: true,
            archivedAt: new Date(),
          };
          await db.planItem.create({ data: filler }).catch((e: unknown) => (full = refused(e)));
        }
      }
      expect(refusals).toBeGreaterThan(0);
      const before = await db.planItem.count();
      const events = await db.activityEvent.count();
      const added = await addCustomItemAction({ title: "Write a one-page PRD", detail: "x".repeat(1000), phase: 2 });
      expect(added).toEqual({ ok: false, code: "UNAVAILABLE", message: DISK_FULL_MESSAGE, fieldErrors: {} });
      const item = plan.items[0]!;
      const ticked = await setItemStatusAction({ itemId: item.id, status: "done", version: item.version });
      if (!ticked.ok) expect(ticked.message).toBe(DISK_FULL_MESSAGE);
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
      // Nothing half-done: the refused step is not there, and a tick is written with its activity event or not at all.
      expect(await db.planItem.count()).toBe(before);
      const ticks = await db.activityEvent.count({ where: { kind: "item_done" } });
      const row = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
      expect(ticks).toBe(row.status === "done" ? 1 : 0);
      expect(await db.activityEvent.count()).toBe(events + ticks);
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }
    const after = await addCustomItemAction({ title: "Write a one-page PRD", detail: "", phase: 2 });
    expect(after.ok).toBe(true);
  });

  it("health: ok; degraded (200) when the outbox is stuck; unavailable while shutting down", async () => {
    await resetDatabase();
    await db.nodeHeartbeat.deleteMany();
    const now = new Date(Date.UTC(2026, 5, 1, 12));
    expect(await healthReport(now)).toMatchObject({
      ready: true,
      status: "ok",
      reasons: [],
      checks: { database: "ok", outbox: "ok", redis: "not configured" },
    });
    expect(await db.nodeHeartbeat.count()).toBe(1);
    const due = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
    await db.outboxMessage.create({ data: { kind: "digest", to: "a@example.test", subject: "s", text: "t", nextAttemptAt: due(14) } });
    expect((await healthReport(now)).status).toBe("ok");
    await db.outboxMessage.create({
      data: { kind: "digest", to: "b@example.test", subject: "s", text: "t", nextAttemptAt: due(OUTBOX_STUCK_AFTER_MS / 60_000 + 1) },
    });
    expect(await healthReport(now)).toMatchObject({ ready: true, status: "degraded", reasons: ["outbox stuck"] });
    markShuttingDown();
    expect(await healthReport(now)).toMatchObject({ ready: false, status: "unavailable", reasons: ["shutting down", "outbox stuck"] });
    expect(await db.nodeHeartbeat.count()).toBe(1); // one row per node, upserted
  });
});
