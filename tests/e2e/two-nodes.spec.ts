// Issue 11, scale-out: two app nodes (two processes of scripts/serve.ts, what `npm start` serves) on one
// throwaway PostgreSQL database. Limits are shared, a session made on one node works on the other, signing
// out everywhere on one ends the session on the other, and 50 parallel writes split across them all land.
// Ports: E2E_PORT followed by 1 and 2 (32031/32032 for 3203). Under CI=true, PostgreSQL is required.
import { expect, test, type Browser } from "@playwright/test";
import {
  postServerAction,
  seedBenchDatabase,
  serverActionId,
  spawnNextServer,
  stopProcess,
  type SeededDatabase,
} from "../../bench/support/server";
import { createDbClient } from "../../src/server/db";
import { isPostgresReachable, scratchPostgresUrl } from "../../scripts/db/postgres-admin";

test.describe.configure({ mode: "serial" });

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [Number(`${E2E_PORT}1`), Number(`${E2E_PORT}2`)] as const;

let seeded: SeededDatabase | undefined;
let nodes: Awaited<ReturnType<typeof spawnNextServer>>[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const reachable = await isPostgresReachable(scratchPostgresUrl());
  if (!reachable && process.env.CI === "true") throw new Error("PostgreSQL is required under CI=true for the two-node test.");
  test.skip(!reachable, "no PostgreSQL at TEST_DATABASE_URL: the two-node test needs one");
  seeded = await seedBenchDatabase("postgres");
  nodes = await Promise.all(PORTS.map((port) => spawnNextServer(seeded!.url, port)));
});

test.afterAll(async () => {
  await Promise.all(nodes.map((node) => stopProcess(node.process)));
  await seeded?.drop();
});

const SCORE_BODY = JSON.stringify({
  currentRole: "sales",
  yearsExperience: 4,
  company: { employsPMs: true, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 3,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 2, customer_insight: 4, data: 2, technical: 2, execution: 3, communication: 4, leadership: 3, business: 4 },
});

test("one limit across both nodes: 80 API calls split over them, each with a made-up X-Forwarded-For, 20 refused", async () => {
  const statuses = await Promise.all(
    Array.from({ length: 80 }, async (_, i) => {
      const response = await fetch(`${nodes[i % 2]!.origin}/api/v1/assessments/score`, {
        method: "POST",
        // TRUST_PROXY=0 on these nodes: the header is the client's word and counts for nothing.
        headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${i}.7` },
        body: SCORE_BODY,
      });
      return response.status;
    }),
  );
  expect(statuses.filter((s) => s === 200)).toHaveLength(60);
  expect(statuses.filter((s) => s === 429)).toHaveLength(20);
});

async function signedInOn(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill("bench@example.test");
  await page.getByLabel("Password").fill("bench password 123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return { context, page };
}

test("a session made on node A works on node B, and signing out everywhere on B ends it on A", async ({ browser }) => {
  const [a, b] = nodes;
  const { context, page } = await signedInOn(browser, a!.origin);
  // Cookies belong to the host, not the port: the same browser session reaches node B.
  await page.goto(`${b!.origin}/dashboard`);
  await expect(page).toHaveURL(`${b!.origin}/dashboard`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // A second device, signed in on A, stays signed in until the first one signs out everywhere on B.
  const other = await signedInOn(browser, a!.origin);
  await page.goto(`${b!.origin}/settings`);
  await page.getByRole("form", { name: "Sign out everywhere" }).getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await other.page.goto(`${a!.origin}/dashboard`);
  await expect(other.page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await other.context.close();
  await context.close();
});

test("50 parallel status changes split across both nodes: every one lands, none is lost", async () => {
  const actionId = await serverActionId("src/server/plan/actions.ts", "setItemStatusAction");
  const cookie = await seeded!.newSession();
  const db = createDbClient(seeded!.url);
  try {
    // 50 items: the generated plan plus steps of the user's own.
    const plan = await db.plan.findFirstOrThrow({ where: { archivedAt: null } });
    const missing = Math.max(0, 50 - (await db.planItem.count({ where: { planId: plan.id } })));
    await db.planItem.createMany({
      data: Array.from({ length: missing }, (_, i) => ({
        planId: plan.id,
        title: `Own step ${i}`,
        category: "experience",
        phase: 3,
        position: 500 + i,
        custom: true,
      })),
    });
    const items = (await db.planItem.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" }, take: 50 })).map((i) => ({
      id: i.id,
      version: i.version,
    }));
    const doneBefore = await db.activityEvent.count({ where: { kind: "item_done" } });

    const answers = await Promise.all(
      items.map((item, i) =>
        postServerAction(nodes[i % 2]!.origin, cookie, actionId, [{ itemId: item.id, status: "done", version: item.version }]),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('"ok":true');
    }
    const after = await db.planItem.findMany({ where: { id: { in: items.map((i) => i.id) } } });
    expect(after).toHaveLength(50);
    for (const row of after) {
      expect(row.status).toBe("done");
      expect(row.version).toBe(items.find((i) => i.id === row.id)!.version + 1);
    }
    expect(await db.activityEvent.count({ where: { kind: "item_done" } })).toBe(doneBefore + 50);
  } finally {
    await db.$disconnect();
  }
});

test("SIGTERM: responses in flight are finished, then the node exits cleanly while the other keeps serving", async () => {
  const cookie = await seeded!.newSession();
  const db = createDbClient(seeded!.url);
  try {
    const user = await db.user.findFirstOrThrow({ select: { id: true } });
    await db.activityEvent.createMany({ data: Array.from({ length: 3_000 }, () => ({ userId: user.id, kind: "item_done" })) });
    const [a, b] = nodes;
    // Five account exports (streamed) whose answers have begun: they are in flight when SIGTERM arrives.
    const started = await Promise.all(Array.from({ length: 5 }, () => fetch(`${a!.origin}/api/v1/me/export`, { headers: { cookie } })));
    const exited = new Promise<number | null>((resolve) => a!.process.once("exit", (code) => resolve(code)));
    process.kill(a!.process.pid!, "SIGTERM");
    for (const response of started) {
      expect(response.status).toBe(200);
      const data = JSON.parse(await response.text()) as { activity: unknown[] };
      expect(data.activity.length).toBeGreaterThanOrEqual(3_000);
    }
    expect(await exited).toBe(0);
    await expect(fetch(`${a!.origin}/api/health`)).rejects.toThrow();
    expect((await fetch(`${b!.origin}/api/health`)).status).toBe(200);
  } finally {
    await db.$disconnect();
  }
});
