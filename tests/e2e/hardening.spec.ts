// Issue 11: limits nobody can dodge, next-auth's own endpoints closed, no way off the site after sign-in,
// sessions that really end, and a health endpoint. The e2e server runs with TRUST_PROXY=1: each request's
// X-Forwarded-For stands for what one trusted proxy appended (playwright.config.ts).
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const SCORE_BODY = JSON.stringify({
  currentRole: "sales",
  yearsExperience: 4,
  company: { employsPMs: true, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 3,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 2, customer_insight: 4, data: 2, technical: 2, execution: 3, communication: 4, leadership: 3, business: 4 },
});

function testAddress(): string {
  return `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
}

test("a made-up X-Forwarded-For entry does not dodge the API limit: 75 calls, 15 refused", async ({ request }) => {
  const real = testAddress();
  const statuses: number[] = [];
  for (let i = 0; i < 75; i++) {
    // The client invents a new address every time; the trusted proxy appends the one it really saw.
    const headers = { "content-type": "application/json", "x-forwarded-for": `10.${i}.0.1, ${real}` };
    statuses.push((await request.post("/api/v1/assessments/score", { headers, data: SCORE_BODY })).status());
  }
  expect(statuses.filter((s) => s === 200)).toHaveLength(60);
  expect(statuses.filter((s) => s === 429)).toHaveLength(15);
});

test("next-auth's own HTTP endpoints are closed: the credentials callback answers 404, never a sign-in", async ({ request, login }) => {
  const user = await login({ signIn: false });
  expect((await request.get("/api/auth/csrf")).status()).toBe(404);
  for (let i = 0; i < 14; i++) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: i === 13 ? user.email : `someone-${i}@example.test`, password: i === 13 ? user.password : "wrong password" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(404);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
  }
});

test("after signing in, a callbackUrl with a tab, newline or backslash keeps the browser on the site", async ({ page, login, baseURL }) => {
  const user = await login({ signIn: false });
  for (const callbackUrl of ["/%09/evil.example", "/%0A/evil.example", "/%5Cevil.example", "/%09%5C%40evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    expect(new URL(page.url()).origin, callbackUrl).toBe(new URL(baseURL!).origin);
  }
});

test("the same account from one address gets growing waits after 5 wrong passwords; its owner elsewhere signs in", async ({
  page,
  login,
  browser,
  baseURL,
}) => {
  const user = await login({ signIn: false });
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts\. Try again in 1 minute\.$/);

  const owner = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
  const ownerPage = await owner.newPage();
  await ownerPage.goto("/sign-in");
  await ownerPage.getByLabel("Email").fill(user.email);
  await ownerPage.getByLabel("Password").fill(user.password);
  await ownerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(ownerPage.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
  await owner.close();
});

test("a signed-out token is refused by a page, a server action and a /api/v1 download", async ({ page, login, browser, baseURL }) => {
  const user = await login({ signIn: false });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
  const token = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;

  // Someone copied the cookie: a second browser with the same token is signed in.
  const copy = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
  await copy.addCookies([token]);
  const copyPage = await copy.newPage();
  await copyPage.goto("/settings");
  const nameForm = copyPage.getByRole("form", { name: "Change name" });
  await expect(nameForm.getByLabel("Name")).toBeVisible();
  expect((await copyPage.request.get("/api/v1/me/export")).status()).toBe(200);

  // The owner signs out (a plain sign-out, not "everywhere").
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The copied token is dead everywhere: the open page's server action, the download, a page.
  await nameForm.getByLabel("Name").fill("Hijacked Name");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("alert").first()).toHaveText("Your session has ended. Please sign in again.");
  const download = await copyPage.request.get("/api/v1/me/export");
  expect(download.status()).toBe(401);
  await copyPage.goto("/dashboard");
  await expect(copyPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await copy.close();
});

test("GET /api/health: ready, status ok with its checks, and no secrets; /api/health/live answers alone", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toEqual({
    live: "ok",
    ready: true,
    status: "ok",
    reasons: [],
    checks: { database: "ok", shutdown: "running", redis: "not configured", outbox: "ok" },
  });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/secret|postgres|file:|\.db|password/i);
  // Liveness alone: the process answers, nothing else is asked.
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ live: "ok" });
});

test("settings offer to revoke share links with sign out everywhere and a password change", async ({ page, login }) => {
  await login();
  await page.goto("/settings");
  await expect(
    page.getByRole("form", { name: "Sign out everywhere" }).getByRole("checkbox", { name: "Also revoke all my share links" }),
  ).toBeVisible();
  await expect(
    page.getByRole("form", { name: "Change password" }).getByRole("checkbox", { name: "Also revoke all my share links" }),
  ).toBeVisible();
  await expectAccessible(page);
});
