// Issue 21 §2.1, 2.2 and 2.7: SIGTERM sent to the PID `npm start` has (what docker stop and systemd do) reaches
// the server, which drains keep-alive clients that keep it busy and exits 0; a second server on the same SQLite
// file is refused whatever the flags. The test asserts the mechanism (Connection: close, sockets closing after
// their response, no more requests accepted than sockets were open, exit 0), not how long it took.
// Ports: E2E_PORT followed by 3 and 4 (32033/32034 for 3203).
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { BENCH_SECRET, seedBenchDatabase, serverActionId } from "../../bench/support/server";
import { sqliteFilePath } from "../../src/server/db-url";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = Number(`${E2E_PORT}3`);
const SECOND_PORT = Number(`${E2E_PORT}4`);

function npmStart(databaseUrl: string, port: number, extra: Record<string, string> = {}) {
  const child = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_SECRET,
      NODE_ENV: "production",
      TRUST_PROXY: "0",
      REDIS_URL: "",
      ACTIONS_PER_MINUTE: "1000000",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForReady(origin: string, child: ChildProcess) {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    const status = await fetch(`${origin}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${origin} never became ready`);
}

interface Outcome {
  afterStop: boolean;
  status: number;
  connection: string | undefined;
  acknowledged: boolean;
}

/** One server-action call on a keep-alive agent: the status, the Connection header and whether it was acknowledged. */
function write(agent: Agent, origin: string, cookie: string, actionId: string, args: unknown[]): Promise<Omit<Outcome, "afterStop">> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/dashboard`,
      {
        method: "POST",
        agent,
        headers: {
          cookie,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          "next-action": actionId,
          origin,
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, acknowledged: text.includes('"ok":true') }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Announces a 10 MB server-action body, sends the first 64 KB of it, and returns the status the server answers. */
function oversizedAction(port: number, actionId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/dashboard",
      method: "POST",
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", "content-length": 10 * 1024 * 1024 },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    req.write(Buffer.alloc(64 * 1024, 0x61));
  });
}

test("SIGTERM to npm start's PID drains 20 busy keep-alive clients and exits 0; a second server on the file is refused", async () => {
  test.setTimeout(300_000);
  const seeded = await seedBenchDatabase();
  const actionId = await serverActionId("src/server/plan/actions.ts", "setItemStatusAction");
  const origin = `http://localhost:${PORT}`;
  const server = npmStart(seeded.url, PORT);
  try {
    await waitForReady(origin, server.child);

    // §2.7: a second `npm start` on the same SQLite file stops at once, even told not to migrate.
    const second = npmStart(seeded.url, SECOND_PORT, { MIGRATE_ON_START: "0" });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("Another PM Pathfinder server is already running on");
    expect(second.output()).toContain("use PostgreSQL");
    expect(second.output()).not.toContain("MIGRATE_ON_START=0 to");

    // §2.8: a 10 MB server-action body is refused with 413 from the headers, before Next reads it.
    expect(await oversizedAction(PORT, actionId)).toBe(413);

    const clients = Math.min(20, seeded.items.length);
    const agent = new Agent({ keepAlive: true, maxSockets: clients });
    const outcomes: Outcome[] = [];
    const versions = new Map<string, { status: string; version: number }>();
    let stopLogged = false;
    let failedAfterStop = 0;
    const loops = seeded.items.slice(0, clients).map(async (item) => {
      let version = item.version;
      for (let i = 0; i < 2_000; i++) {
        const afterStop = stopLogged;
        const status = i % 2 === 0 ? "done" : "in_progress";
        try {
          const outcome = await write(agent, origin, seeded.cookie, actionId, [{ itemId: item.id, status, version }]);
          outcomes.push({ ...outcome, afterStop });
          if (!outcome.acknowledged) return;
          version += 1;
          versions.set(item.id, { status, version });
        } catch {
          // Refused or reset: the server no longer takes requests. Nothing was acknowledged for this one.
          if (stopLogged) failedAfterStop += 1;
          return;
        }
      }
    });
    await expect.poll(() => outcomes.length, { timeout: 120_000 }).toBeGreaterThanOrEqual(clients * 3);

    const killedAt = performance.now();
    process.kill(server.child.pid!, "SIGTERM"); // npm's own PID, as docker stop or systemd would
    await expect.poll(() => /SIGTERM: \d+ sockets open/.test(server.output()), { timeout: 30_000 }).toBe(true);
    stopLogged = true;
    const exitCode = await server.exited;
    const drainMs = Math.round(performance.now() - killedAt); // reported, not asserted
    await Promise.all(loops);
    agent.destroy();

    const summary = /Stopped: (\d+) sockets open at SIGTERM, (\d+) requests accepted after it/.exec(server.output());
    expect(summary, server.output()).not.toBeNull();
    const openAtStop = Number(summary![1]);
    const acceptedAfter = Number(summary![2]);
    const answeredAfter = outcomes.filter((o) => o.afterStop);
    test.info().annotations.push({
      type: "SIGTERM drain",
      description:
        `${outcomes.length} requests answered, ${[...versions.values()].reduce((n, v) => n + v.version - 1, 0)} writes acknowledged; ` +
        `${openAtStop} sockets open at SIGTERM, ${acceptedAfter} requests accepted after it, ` +
        `${answeredAfter.length} answered after the stop was logged, ${failedAfterStop} refused after it; exit ${exitCode} ${drainMs} ms after SIGTERM`,
    });
    console.log(test.info().annotations.at(-1)!.description);

    expect(exitCode).toBe(0);
    expect(acceptedAfter).toBeLessThanOrEqual(openAtStop);
    expect(answeredAfter.length).toBeLessThanOrEqual(openAtStop);
    for (const outcome of answeredAfter) {
      expect(outcome.connection).toBe("close");
      expect(outcome.acknowledged).toBe(true); // what was accepted was answered, not cut
    }

    // Every acknowledged write is in the file.
    const file = new Database(sqliteFilePath(seeded.url), { readonly: true });
    try {
      for (const [itemId, ack] of versions) {
        const row = file.prepare('SELECT status, version FROM "PlanItem" WHERE id = ?').get(itemId) as { status: string; version: number };
        expect(row.version).toBeGreaterThanOrEqual(ack.version);
        if (row.version === ack.version) expect(row.status).toBe(ack.status);
      }
    } finally {
      file.close();
    }
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await seeded.drop();
  }
});
