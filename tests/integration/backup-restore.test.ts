// Issue 21 §2.6–2.7: backups of the embedded database while the app writes, restore over a stale -wal, the
// start-up quick_check, and the single-instance lock that db:restore checks. SQLite only (PostgreSQL: pg_dump).
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, openSync, rmSync, writeSync, closeSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/server/db";
import { backupDatabase, backupStamp, quickCheckProblem, restoreDatabase } from "../../scripts/db/backup";
import { UserFacingError } from "../../scripts/db/cli";
import { createMigratedTestDatabase } from "../../scripts/db/migrate";
import { isInstanceRunning, takeInstanceLock } from "../../scripts/instance-lock";
import { testDbProvider } from "../support/db";

const dir = mkdtempSync(path.join(tmpdir(), "pathfinder-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const integrity = (file: string) => {
  const database = new Database(file, { readonly: true });
  try {
    return database.pragma("integrity_check", { simple: true });
  } finally {
    database.close();
  }
};

describe.runIf(testDbProvider === "sqlite")("backups and restore (SQLite)", () => {
  it("drill: a backup taken under load holds every write acknowledged before it; restored over a stale -wal it is whole", async () => {
    const source = await createMigratedTestDatabase("sqlite");
    const client = createDbClient(source.url);
    try {
      const user = await client.user.create({ data: { email: "drill@example.test", name: "Drill", passwordHash: "x" } });
      // Four writers keep inserting; each acknowledged insert is recorded with the moment it was acknowledged.
      const acknowledged: { id: string; seq: number }[] = [];
      let seq = 0;
      let backupStartedAt = Infinity;
      let stop = false;
      const writers = Array.from({ length: 4 }, async () => {
        while (!stop) {
          const row = await client.activityEvent.create({ data: { userId: user.id, kind: "item_done" }, select: { id: true } });
          acknowledged.push({ id: row.id, seq: seq++ });
          // SQLite answers synchronously under the promises: without a turn of the event loop the writers
          // would starve the timers and the backup's steps, which no real server does.
          await new Promise((resolve) => setImmediate(resolve));
        }
      });
      while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 5));
      backupStartedAt = seq;
      // What copying the file would give: only what has been checkpointed out of the -wal.
      const sourceFile = source.url.replace(/^file:/, "");
      const naive = path.join(dir, "naive-copy.db");
      copyFileSync(sourceFile, naive);
      const file = await backupDatabase(source.url, { dir, now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
      while (acknowledged.length < backupStartedAt + 100) await new Promise((resolve) => setTimeout(resolve, 5));
      stop = true;
      await Promise.all(writers);

      expect(path.basename(file)).toMatch(/-20260102-030405\.db$/);
      expect(integrity(file)).toBe("ok");
      // The live file still has writes in its -wal: a plain copy of the .db would have missed them.
      expect(existsSync(`${sourceFile}-wal`)).toBe(true);

      // Restore into a server's place where a stale -wal (another generation of the file) is lying around.
      const target = path.join(dir, "restored.db");
      copyFileSync(sourceFile, target);
      copyFileSync(`${sourceFile}-wal`, `${target}-wal`);
      await restoreDatabase(file, `file:${target}`);
      expect(existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0).toBe(false);
      expect(integrity(target)).toBe("ok");
      expect(quickCheckProblem(`file:${target}`)).toBeNull();

      const restored = new Database(target, { readonly: true });
      try {
        const ids = new Set((restored.prepare('SELECT id FROM "ActivityEvent"').all() as { id: string }[]).map((r) => r.id));
        const before = acknowledged.filter((a) => a.seq < backupStartedAt);
        const missing = before.filter((a) => !ids.has(a.id));
        const copied = new Database(naive, { readonly: true });
        const inNaiveCopy = (copied.prepare('SELECT count(*) AS n FROM "ActivityEvent"').get() as { n: number }).n;
        copied.close();
        console.log(
          `backup drill: ${acknowledged.length} writes acknowledged, ${before.length} before the backup started, ` +
            `${ids.size} rows in the restored file, ${missing.length} acknowledged-before-backup writes missing ` +
            `(a plain copy of the .db file at the same moment held ${inNaiveCopy})`,
        );
        expect(missing).toEqual([]);
      } finally {
        restored.close();
      }
    } finally {
      await client.$disconnect();
      await source.drop();
    }
  });

  it("restore refuses a backup that fails integrity_check, and a file a server is running on", async () => {
    const database = await createMigratedTestDatabase("sqlite");
    try {
      const file = database.url.replace(/^file:/, "");
      const good = await backupDatabase(database.url, { dir });
      const corrupt = path.join(dir, "corrupt.db");
      copyFileSync(good, corrupt);
      scribble(corrupt);
      await expect(restoreDatabase(corrupt, database.url)).rejects.toThrow(/failed its integrity check.*nothing was restored/);

      const lock = takeInstanceLock(database.url);
      expect(lock.taken).toBe(true);
      try {
        expect(isInstanceRunning(file)).toBe(true);
        await expect(restoreDatabase(good, database.url)).rejects.toThrow(UserFacingError);
        await expect(restoreDatabase(good, database.url)).rejects.toThrow(/A server is running on .*stop it first/);
      } finally {
        lock.release();
      }
      expect(isInstanceRunning(file)).toBe(false);
      await expect(restoreDatabase(good, database.url)).resolves.toEqual({ applied: [] });
    } finally {
      await database.drop();
    }
  });

  it("start-up's quick_check refuses a corrupt file with one sentence", async () => {
    const database = await createMigratedTestDatabase("sqlite");
    try {
      const file = database.url.replace(/^file:/, "");
      expect(quickCheckProblem(database.url)).toBeNull();
      scribble(file);
      const problem = quickCheckProblem(database.url);
      expect(problem).toMatch(
        /^The database file .* is corrupt \(quick_check: .*\), so the server will not start on it: restore a backup with `npm run db:restore FILE`/,
      );
      expect(problem!.split(/\.\s/).length).toBe(1);
    } finally {
      await database.drop();
    }
  });

  it("the lock is held by a second process until it dies, even by kill -9", async () => {
    const database = await createMigratedTestDatabase("sqlite");
    try {
      const file = database.url.replace(/^file:/, "");
      const holder = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "-e",
          `const m = await import("./scripts/instance-lock.ts"); m.takeInstanceLock(${JSON.stringify(database.url)}); console.log("held"); setInterval(() => {}, 1000);`,
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      await new Promise<void>((resolve) => holder.stdout.on("data", (chunk) => String(chunk).includes("held") && resolve()));
      expect(isInstanceRunning(file)).toBe(true);
      expect(takeInstanceLock(database.url).taken).toBe(false);
      const exited = new Promise((resolve) => holder.on("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
      expect(isInstanceRunning(file)).toBe(false);
      const mine = takeInstanceLock(database.url);
      expect(mine.taken).toBe(true);
      mine.release();
    } finally {
      await database.drop();
    }
  });

  it("names backups by UTC time", () => {
    expect(backupStamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 58)))).toBe("20261231-235958");
  });
});

/** Overwrites the middle of the file (a b-tree page, not the header) with garbage. */
function scribble(file: string) {
  const size = statSync(file).size;
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.max(4096, Math.floor(size / 2 / 4096) * 4096));
  } finally {
    closeSync(fd);
  }
}
