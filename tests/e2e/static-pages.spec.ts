import { createHash } from "node:crypto";
import { expectAccessible } from "./support/a11y";
import { encode } from "next-auth/jwt";
import { E2E_AUTH_SECRET } from "../../playwright.config";
import { expect, test, uniqueEmail } from "./support/fixtures";

// The signed-out pages are prerendered: one file for everyone, with a hash-based CSP instead of a nonce.
const STATIC_PAGES = ["/", "/sign-in", "/sign-up", "/assessment", "/resources", "/no-such-page"];

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\ssrc\s*=/i.test(` ${attributes}`) && body!.length > 0)
    .map(([, , body]) => `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
}

test("prerendered pages carry a hash-based CSP that names every inline script, with no nonce and nothing unsafe", async ({ request }) => {
  for (const path of STATIC_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    const csp = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc, path).not.toMatch(/nonce-|unsafe-inline|unsafe-eval/);
    expect(csp, path).toContain("object-src 'none'");
    const html = await response.text();
    const hashes = inlineScriptHashes(html);
    expect(hashes.length, path).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSrc, `${path} ${hash}`).toContain(hash);
    expect(html, path).not.toMatch(/\snonce="/);
  }
});

test("a prerendered page is the same bytes for user A, user B and a visitor", async ({ request, db }) => {
  const sessionCookie = async (name: string) => {
    const user = await db.user.create({ data: { name, email: uniqueEmail(), passwordHash: "not used" } });
    const session = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 864e5) } });
    const token = await encode({
      salt: "authjs.session-token",
      secret: E2E_AUTH_SECRET,
      token: { sub: user.id, uid: user.id, sv: user.sessionVersion, sid: session.id, name, email: user.email },
    });
    return { cookie: `authjs.session-token=${token}`, email: user.email };
  };
  const a = await sessionCookie("Ada Static");
  const b = await sessionCookie("Brian Static");
  // The sessions are real: the same cookies see their own name on a per-request endpoint.
  expect(await (await request.get("/api/me", { headers: { cookie: a.cookie } })).json()).toMatchObject({ user: { name: "Ada Static" } });
  expect(await (await request.get("/api/me", { headers: { cookie: b.cookie } })).json()).toMatchObject({ user: { name: "Brian Static" } });

  for (const path of ["/", "/resources", "/no-such-page"]) {
    const bodyAs = async (cookie?: string) => Buffer.from(await (await request.get(path, { headers: cookie ? { cookie } : {} })).body());
    const [asA, asB, asVisitor] = [await bodyAs(a.cookie), await bodyAs(b.cookie), await bodyAs()];
    expect(asA.equals(asB), `${path}: user A and user B get different bytes`).toBe(true);
    expect(asA.equals(asVisitor), `${path}: a user and a visitor get different bytes`).toBe(true);
    const text = asA.toString("utf8");
    for (const personal of ["Ada Static", "Brian Static", a.email, b.email]) expect(text, path).not.toContain(personal);
  }
});

test("signed in, the header island shows the user on a prerendered page, and per-request pages keep their nonce", async ({
  page,
  login,
}) => {
  const user = await login({ name: "Island User" });
  const response = await page.goto("/resources");
  expect(response!.headers()["content-security-policy"]).not.toContain("nonce-");
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Island User")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessible(page);

  // The questionnaire for a signed-in user is rendered per request (their draft), with a nonce.
  const questionnaire = await page.goto("/assessment");
  expect(questionnaire!.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await expect(page.getByRole("heading", { name: "Where do you stand today?" })).toBeVisible();
  // Signed in, sign-in sends the user on rather than showing the form.
  await page.goto("/sign-in?callbackUrl=%2Fsettings");
  await expect(page).toHaveURL(/\/settings$/);
  void user;
});

test("static pages run without a CSP violation, for a visitor and signed in", async ({ page, login }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const visit = async (url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
  };
  for (const url of [...STATIC_PAGES, "/?notice=signed-out-everywhere", "/resources?kind=book", "/sign-in?callbackUrl=%2Fdashboard"])
    await visit(url);
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.goto("/?notice=signed-out-everywhere");
  await expect(page.getByRole("status")).toHaveText("You are signed out on every device, this one included.");
  await login();
  for (const url of ["/", "/resources", "/no-such-page"]) await visit(url);
  // A client-side move from a prerendered page to a per-request one and back.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Browse the resource library" }).click();
  await expect(page.getByRole("heading", { name: "Resources for your move into product" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
