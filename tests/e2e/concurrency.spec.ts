// Two sessions of one user fire 50 status changes at one item at once, over HTTP against the production
// server: exactly one wins, the other 49 are told the item changed elsewhere (with its fresh state), and
// nothing is lost. Then both sessions take turns using the versions they were given: every write lands.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { postServerAction, seedBenchDatabase, serverActionId, spawnNextServer, stopProcess } from "../../bench/support/server";
import { sqliteFilePath } from "../../src/server/db-url";

interface StatusResult {
  ok: boolean;
  message?: string;
  data?: { item: { status: string; version: number } };
  details?: { item: { status: string; version: number } };
}

/** The action's result from the RSC response (the line that carries `"ok":`). */
function resultOf(text: string): StatusResult {
  const line = text.split("\n").find((l) => l.includes('"ok":'))!;
  return JSON.parse(line.slice(line.indexOf(":") + 1)) as StatusResult;
}

test("50 parallel status changes from two sessions: one accepted, 49 told, no lost update", async () => {
  test.setTimeout(120_000);
  const seeded = await seedBenchDatabase();
  const sessions = [seeded.cookie, await seeded.newSession()];
  const actionId = await serverActionId("src/server/plan/actions.ts", "setItemStatusAction");
  const server = await spawnNextServer(seeded.url, 3511);
  try {
    const item = seeded.items[0]!;
    const statuses = ["done", "in_progress", "skipped"] as const;
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const { status, text } = await postServerAction(server.origin, sessions[i % 2]!, actionId, [
          { itemId: item.id, status: statuses[i % 3], version: item.version },
        ]);
        expect(status).toBe(200);
        return resultOf(text);
      }),
    );
    const accepted = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(49);
    const winner = accepted[0]!.data!.item;
    expect(winner.version).toBe(item.version + 1);
    for (const r of refused) {
      expect(r.message).toMatch(/changed elsewhere/);
      expect(r.details!.item).toMatchObject({ status: winner.status, version: winner.version });
    }

    // Taking turns with the version each answer gave: every write is accepted and reflected.
    let version = winner.version;
    for (let i = 0; i < 10; i++) {
      const status = statuses[i % 3]!;
      const { text } = await postServerAction(server.origin, sessions[i % 2]!, actionId, [{ itemId: item.id, status, version }]);
      const result = resultOf(text);
      expect(result.ok).toBe(true);
      expect(result.data!.item).toMatchObject({ status, version: version + 1 });
      version += 1;
    }
    const file = new Database(sqliteFilePath(seeded.url), { readonly: true });
    const row = file.prepare('SELECT status, version FROM "PlanItem" WHERE id = ?').get(item.id) as { status: string; version: number };
    file.close();
    expect(row).toEqual({ status: statuses[9 % 3], version });
  } finally {
    await stopProcess(server.process);
    await seeded.drop();
  }
});
