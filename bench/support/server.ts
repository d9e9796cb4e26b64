// Starts the production build (scripts/serve.ts, what `npm start` serves) on a throwaway migrated database,
// seeded with one user who has an assessment and a plan, and mints that user's session cookies.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { scoreAssessment, type AssessmentInput } from "../../src/domain/assessment";
import { generatePlan } from "../../src/domain/plan";
import { hashPassword } from "../../src/server/auth/password";
import { assessmentRow } from "../../src/server/assessment/rows";
import { createDbClient } from "../../src/server/db";
import { createPlanFor, planItemRows } from "../../src/server/plan/rows";
import type { DbProvider } from "../../src/server/db-url";
import { createMigratedTestDatabase } from "../../scripts/db/migrate";
import { mintSessionToken, SESSION_COOKIE } from "../../tests/support/session-cookie";

/** The session secret of servers started here (tests that start `npm start` themselves pass it too). */
export const BENCH_SECRET = "bench-only-secret-0123456789abcdef0123456789";
const SECRET = BENCH_SECRET;

export const benchInput: AssessmentInput = {
  currentRole: "data_analyst",
  yearsExperience: 5,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 5, technical: 3, execution: 3, communication: 3, leadership: 2, business: 3 },
};

export interface SeededDatabase {
  url: string;
  /** The seeded user's session cookie ("name=value"), valid for servers started with `spawnNextServer`. */
  cookie: string;
  items: { id: string; version: number }[];
  assessmentId: string;
  /** Another session cookie for the same user. */
  newSession: () => Promise<string>;
  drop: () => Promise<void>;
}

export interface BenchServer extends Omit<SeededDatabase, "url" | "drop" | "newSession"> {
  origin: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** A new session (its own server-side row and token) for `userId`, as the cookie header's "name=value". */
export async function sessionCookieFor(databaseUrl: string, userId: string): Promise<string> {
  const client = createDbClient(databaseUrl);
  try {
    const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
    return `${SESSION_COOKIE}=${await mintSessionToken(client, user, SECRET)}`;
  } finally {
    await client.$disconnect();
  }
}

/**
 * The heavy account of issue 12, in the same database: 10 plans (one active, generated as usual; nine
 * replaced ones holding the rest) with 500 steps in all, 100 assessments and 2,000 activity rows spread
 * over the last 200 days. Returns its session cookie.
 */
export async function seedHeavyAccount(databaseUrl: string): Promise<{ cookie: string }> {
  const db = createDbClient(databaseUrl);
  const user = await db.user.create({
    data: { email: "heavy@example.test", name: "Heavy User", passwordHash: await hashPassword("bench password 123") },
  });
  const day = 864e5;
  const now = Date.now();
  const result = scoreAssessment(benchInput);
  const assessmentIds: string[] = [];
  for (let i = 0; i < 100; i++) {
    const row = assessmentRow(user.id, { ...benchInput, yearsExperience: 1 + (i % 20) }, result);
    const created = await db.assessment.create({ data: { ...row, createdAt: new Date(now - (200 - 2 * i) * day) }, select: { id: true } });
    assessmentIds.push(created.id);
  }
  const generated = generatePlan({ input: benchInput, result });
  const PLANS = 10;
  const STEPS = 500;
  const activeSteps = generated.length;
  const perOldPlan = Math.floor((STEPS - activeSteps) / (PLANS - 1));
  for (let p = 0; p < PLANS; p++) {
    const active = p === PLANS - 1;
    const plan = await db.plan.create({
      data: {
        userId: user.id,
        path: result.recommendedPath.path,
        assessmentId: assessmentIds[p * 10]!,
        createdAt: new Date(now - (190 - p * 20) * day),
        targetDate: new Date(now + 90 * day),
        archivedAt: active ? null : new Date(now - (170 - p * 20) * day),
      },
    });
    const count = active ? activeSteps : p === PLANS - 2 ? STEPS - activeSteps - perOldPlan * (PLANS - 2) : perOldPlan;
    const rows = Array.from({ length: count }, (_, i) => ({
      ...planItemRows(plan.id, generated)[i % activeSteps]!,
      position: i,
      ...(i % 3 === 0 ? { status: "done", statusChangedAt: new Date(now - (180 - p * 20 - (i % 20)) * day) } : {}),
    }));
    await db.planItem.createMany({ data: rows });
  }
  const kinds = ["item_done", "item_todo", "item_added", "plan_created"];
  const activity = Array.from({ length: 2000 }, (_, i) => ({
    userId: user.id,
    kind: kinds[i % kinds.length]!,
    createdAt: new Date(now - (i % 200) * day - (i % 24) * 36e5),
  }));
  for (let i = 0; i < activity.length; i += 500) await db.activityEvent.createMany({ data: activity.slice(i, i + 500) });
  await db.$disconnect();
  return { cookie: await sessionCookieFor(databaseUrl, user.id) };
}

/** A throwaway migrated database (SQLite unless told) with one user who has an assessment and a plan. */
export async function seedBenchDatabase(provider: DbProvider = "sqlite"): Promise<SeededDatabase> {
  const database = await createMigratedTestDatabase(provider);
  const db = createDbClient(database.url);
  const user = await db.user.create({
    data: { email: "bench@example.test", name: "Bench User", passwordHash: await hashPassword("bench password 123") },
  });
  const assessment = await db.assessment.create({ data: assessmentRow(user.id, benchInput, scoreAssessment(benchInput)) });
  const { plan } = await createPlanFor(db, user.id, assessment);

  const items = await db.planItem.findMany({ where: { planId: plan.id }, select: { id: true, version: true } });
  await db.$disconnect();

  // Each call is a separate session (its own server-side row and token), as if signed in on another device.
  const newSession = () => sessionCookieFor(database.url, user.id);

  return { url: database.url, cookie: await newSession(), newSession, items, assessmentId: assessment.id, drop: database.drop };
}

/** The production build served as `npm start` serves it (scripts/serve.ts) on `databaseUrl`, answering on `port`. */
export async function spawnNextServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<{ origin: string; process: ChildProcess }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      TRUST_PROXY: "0",
      REDIS_URL: "",
      // Benchmarks and the crash test write as fast as they can as one user: the per-user rate stays out of the way.
      ACTIONS_PER_MINUTE: "1000000",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so a kill reaches every process `next start` runs.
    detached: true,
  });
  const origin = `http://localhost:${port}`;
  await waitForHttp(`${origin}/`);
  return { origin, process: child };
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, signal);
  await exited;
}

export async function startBenchServer(port = 3400): Promise<BenchServer> {
  const { url, drop, newSession: _newSession, ...seeded } = await seedBenchDatabase();
  const server = await spawnNextServer(url, port);
  return {
    ...seeded,
    origin: server.origin,
    databaseUrl: url,
    async stop() {
      await stopProcess(server.process);
      await drop();
    },
  };
}

/** The id Next.js gave a server action in this build (from its server reference manifest). */
export async function serverActionId(filename: string, exportedName: string): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, a]) => a.filename === filename && a.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename} in this build`);
  return entry[0];
}

/** Calls a server action over HTTP the way the browser does; returns the raw response text. */
export async function postServerAction(
  origin: string,
  cookie: string,
  actionId: string,
  args: unknown[],
  path = "/dashboard",
): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, origin), {
    method: "POST",
    headers: {
      cookie,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      "next-action": actionId,
      origin,
    },
    body: JSON.stringify(args),
  });
  return { status: response.status, text: await response.text() };
}
