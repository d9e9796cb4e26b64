// The questionnaire saves a signed-in user's answers after a short pause; the answers typed in that pause must
// survive the tab being closed (a beacon to /api/v1/me/draft), and the beacon endpoint must not be a way for
// another site to write into someone's draft.
import { expect, test } from "./support/fixtures";

test("answers typed just before the page is left are kept in the server draft", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/assessment");
  await page
    .getByRole("radiogroup", { name: "What's your current role?" })
    .getByRole("radio", { name: "Project or program manager" })
    .check();
  await page.getByLabel("How many years have you worked in total?").fill("7");
  // Well inside the save delay, the tab goes away. A fetch it starts now (a server action) may never reach the
  // server; here none does, so only a beacon, which the browser sends after the page is gone, can save them.
  await page.route("**/assessment", (route) => (route.request().method() === "POST" ? route.abort("aborted") : route.continue()));
  await page.goto("about:blank");

  await expect
    .poll(async () => (await db.assessmentDraft.findUnique({ where: { userId: user.id } }))?.answers ?? null)
    .toMatchObject({ currentRole: "project_manager", yearsExperience: "7" });
});

test("the draft beacon refuses other sites, visitors and malformed drafts, and changes nothing", async ({ page, login, db }) => {
  const user = await login();
  const draft = { step: 0, answers: { currentRole: "designer" } };

  const crossSite = await page.request.post("/api/v1/me/draft", {
    headers: { "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    data: JSON.stringify(draft),
  });
  expect(crossSite.status()).toBe(403);
  const otherOrigin = await page.request.post("/api/v1/me/draft", {
    headers: { origin: "https://evil.example", "content-type": "text/plain" },
    data: JSON.stringify(draft),
  });
  expect(otherOrigin.status()).toBe(403);
  const malformed = await page.request.post("/api/v1/me/draft", {
    headers: { "sec-fetch-site": "same-origin", "content-type": "text/plain" },
    data: "{ not json",
  });
  expect(malformed.status()).toBe(400);
  const visitor = await page.request.post("/api/v1/me/draft", {
    headers: { "sec-fetch-site": "same-origin", cookie: "", "content-type": "text/plain" },
    data: JSON.stringify(draft),
  });
  expect(visitor.status()).toBe(401);
  expect(await db.assessmentDraft.findUnique({ where: { userId: user.id } })).toBeNull();

  const sameOrigin = await page.request.post("/api/v1/me/draft", {
    headers: { "sec-fetch-site": "same-origin", "content-type": "text/plain" },
    data: JSON.stringify(draft),
  });
  expect(sameOrigin.status()).toBe(204);
  expect((await db.assessmentDraft.findUnique({ where: { userId: user.id } }))?.answers).toMatchObject({ currentRole: "designer" });
});
