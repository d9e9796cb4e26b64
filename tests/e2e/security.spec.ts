import { createHash } from "node:crypto";
import { expectAccessible } from "./support/a11y";
import { expect, test, uniqueEmail } from "./support/fixtures";

test("pages rendered per request carry a nonce-based CSP without unsafe-eval and the other security headers", async ({ page }) => {
  // Prerendered pages carry hashes instead (tests/e2e/static-pages.spec.ts); with a query string the
  // sign-in page is rendered per request.
  const response = await page.goto("/sign-in?callbackUrl=%2Fdashboard");
  await expectAccessible(page);
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");

  // Every script Next.js rendered carries this response's nonce, so the page actually runs; the layout's one
  // inline script of our own (the session hint, the same bytes on every page) is named by its hash instead.
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  expect(nonce).toBeTruthy();
  // (Read from the HTML as served: chunks the runtime adds later, e.g. for prefetched links, need no nonce
  // under 'strict-dynamic'.)
  const scripts = [...(await response!.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  const unsigned = scripts.filter(([, attributes]) => / nonce="([^"]*)"/.exec(attributes!)?.[1] !== nonce);
  for (const [tag, attributes, body] of unsigned) {
    expect(attributes, tag).not.toMatch(/\ssrc=/);
    expect(csp, tag).toContain(`'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
  }
  expect(unsigned.length).toBeLessThanOrEqual(1);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Cookie Check");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("lantern orchard velvet 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Cookie Check" })).toBeVisible();
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("a server action called from a foreign or null Origin is refused and changes nothing", async ({ page, db }) => {
  // Capture a real sign-up action request as the browser sends it.
  await page.goto("/sign-up");
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Name").fill("Origin Probe");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("qwerty123456"); // refused by policy: nothing is created by the capture
  await page.getByRole("button", { name: "Create account" }).click();
  const request = await captured;
  const headers = request.headers();

  const replay = async (origin: string, email: string) => {
    const body = request
      .postData()!
      .replace(/user-[0-9a-f-]+@example\.test/, email)
      .replace("qwerty123456", "lantern orchard velvet 42");
    return page.request.fetch(request.url(), {
      method: "POST",
      headers: {
        "content-type": headers["content-type"]!,
        "next-action": headers["next-action"]!,
        "next-router-state-tree": headers["next-router-state-tree"] ?? "",
        accept: "text/x-component",
        origin,
        "x-forwarded-for": `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::1`,
      },
      data: body,
      maxRedirects: 0,
    });
  };

  // Control: the same replay from our own origin does create the account, so the refusals below are
  // about the Origin and nothing else.
  const controlEmail = uniqueEmail();
  await replay(new URL(page.url()).origin, controlEmail);
  expect(await db.user.count({ where: { email: controlEmail } })).toBe(1);

  for (const origin of ["https://evil.example", "null"]) {
    const email = uniqueEmail();
    const response = await replay(origin, email);
    expect(response.status(), `Origin ${origin}`).toBeGreaterThanOrEqual(400);
    expect(await db.user.count({ where: { email } })).toBe(0);
  }
});

test("too many sign-ups from one address are refused with a wait time", async ({ page }) => {
  await page.goto("/sign-up");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Name").fill("Rate Limited");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("qwerty123456"); // refused by policy, but it is an attempt
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill("lantern orchard velvet 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts\. Try again in 1 minute\.$/);
  await expectAccessible(page);
});

test("the public scoring API answers 429 with Retry-After after 60 requests a minute", async ({ request }) => {
  const headers = { "content-type": "application/json", "x-forwarded-for": `2001:db8:${(Date.now() % 0xffff).toString(16)}::1` };
  const body = JSON.stringify({
    currentRole: "sales",
    yearsExperience: 4,
    company: { employsPMs: true, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
    riskTolerance: 3,
    wantsMentorship: 3,
    evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
    skills: { strategy: 2, customer_insight: 4, data: 2, technical: 2, execution: 3, communication: 4, leadership: 3, business: 4 },
  });
  for (let i = 0; i < 60; i++) {
    const response = await request.post("/api/v1/assessments/score", { headers, data: body });
    expect(response.status()).toBe(200);
  }
  const limited = await request.post("/api/v1/assessments/score", { headers, data: body });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).error).toBe("rate_limited");
});

test("pages with forms and charts run without a single CSP violation", async ({ page, login }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const url of ["/", "/sign-up", "/assessment"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  }
  await login();
  for (const url of ["/dashboard", "/settings"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  }
});
