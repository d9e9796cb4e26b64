// Crash safety on SQLite: kill -9 the production server in the middle of a burst of writes, start it
// again on the same file, and check that every acknowledged write is there and the file is intact.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { postServerAction, seedBenchDatabase, serverActionId, spawnNextServer, stopProcess } from "../../bench/support/server";
import { sqliteFilePath } from "../../src/server/db-url";

test("acknowledged writes survive kill -9 and the database passes integrity_check", async () => {
  test.setTimeout(180_000);
  const seeded = await seedBenchDatabase();
  const actionId = await serverActionId("src/server/plan/actions.ts", "setItemStatusAction");
  let server = await spawnNextServer(seeded.url, 3510);
  const acknowledged = new Map<string, { status: string; version: number }>();
  try {
    // Writers keep going until the server dies under them; each item is written by one writer only.
    let killed = false;
    const writers = seeded.items.slice(0, 8).map(async (item, writer) => {
      let version = item.version;
      for (let i = 0; !killed; i++) {
        const status = i % 2 === 0 ? "done" : "in_progress";
        try {
          const { text } = await postServerAction(server.origin, seeded.cookie, actionId, [{ itemId: item.id, status, version }]);
          if (!text.includes('"ok":true')) throw new Error(`write ${writer}/${i} refused: ${text.slice(0, 200)}`);
          version += 1;
          acknowledged.set(item.id, { status, version });
        } catch (error) {
          if (killed) return; // the request died with the server: it was never acknowledged
          throw error;
        }
      }
    });
    // Let the burst run (every writer acknowledged at least once: a cold server's first requests are slow
    // on a busy machine), then pull the plug without warning.
    await expect.poll(() => acknowledged.size, { timeout: 60_000 }).toBe(8);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    killed = true;
    await stopProcess(server.process, "SIGKILL");
    await Promise.all(writers);
    expect(acknowledged.size).toBe(8);
    const writes = [...acknowledged.values()].reduce((sum, ack) => sum + ack.version - 1, 0);
    test.info().annotations.push({ type: "acknowledged writes before the kill", description: String(writes) });

    // Restart on the same file; the app must come up and read what it acknowledged.
    server = await spawnNextServer(seeded.url, 3510);
    await stopProcess(server.process);

    const file = new Database(sqliteFilePath(seeded.url));
    try {
      expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
      for (const [itemId, ack] of acknowledged) {
        const row = file.prepare('SELECT status, version FROM "PlanItem" WHERE id = ?').get(itemId) as { status: string; version: number };
        // Nothing acknowledged is lost; a write in flight at the kill may have landed after its ack was lost.
        expect(row.version).toBeGreaterThanOrEqual(ack.version);
        if (row.version === ack.version) expect(row.status).toBe(ack.status);
      }
    } finally {
      file.close();
    }
  } finally {
    await stopProcess(server.process);
    await seeded.drop();
  }
});
