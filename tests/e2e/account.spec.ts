import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Download, Page } from "@playwright/test";
import { DELETE_CONFIRMATION } from "../../src/domain/account/schemas";
import { seedPlan } from "../support/seed";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const NEW_PASSWORD = "copper meadow signal 58";

/** A second browser with the same session cookie as `page`: another device signed in before a change. */
async function secondDevice(browser: Browser, page: Page): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${randomBytes(1)[0]! % 250}` });
  await context.addCookies(await page.context().cookies());
  return context;
}

async function downloadText(page: Page, linkName: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { download, text: await readFile(await download.path(), "utf8") };
}

test("changing the password signs out the other devices and keeps this one signed in", async ({ page, login, browser }) => {
  const user = await login();
  const other = await secondDevice(browser, page);
  const otherPage = await other.newPage();
  await otherPage.goto("/settings");
  await expect(otherPage.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  await page.goto("/settings");
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That isn't your current password")).toBeVisible();
  await expectAccessible(page);

  await form.getByLabel("Current password").fill(user.password);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/settings\?notice=password-changed/);
  await expect(form.getByRole("status")).toHaveText(/Your password is changed/);
  await expect(form.getByLabel("New password")).toHaveValue("");
  await expectAccessible(page);

  // This browser carries on (re-signed in: the sign-in is listed); the other device is signed out on its next request.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Sign-ins" })
      .getByText(/^Chrome on /)
      .first(),
  ).toBeVisible();
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await expectAccessible(otherPage);

  // The new password is the one that works now.
  await otherPage.getByLabel("Email").fill(user.email);
  await otherPage.getByLabel("Password").fill(NEW_PASSWORD);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await other.close();
});

test("signing out everywhere ends every session, this one included", async ({ page, login, browser }) => {
  await login();
  const other = await secondDevice(browser, page);
  const otherPage = await other.newPage();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out-everywhere$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out on every device, this one included.");
  await expectAccessible(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("name and email changes show field errors and take effect; a taken address is answered like a free one", async ({ page, login }) => {
  const user = await login({ name: "Old Name" });
  const taken = await login({ signIn: false });
  await page.goto("/settings");

  const nameForm = page.getByRole("form", { name: "Change name" });
  await nameForm.getByLabel("Name").fill("Grace Hopper");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Your name is updated.");
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Grace Hopper")).toBeVisible();

  const emailForm = page.getByRole("form", { name: "Change email" });
  await emailForm.getByLabel("Email").fill(taken.email);
  await emailForm.getByLabel("Current password").fill(user.password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  // No "another account uses it": that answer let one account probe which addresses have accounts.
  await expect(emailForm.getByRole("status")).toHaveText(
    `We've sent a link to ${taken.email}. Your email stays ${user.email} until you open it.`,
  );
  await expect(emailForm.getByText("Another account already uses this email address")).toHaveCount(0);

  await emailForm.getByLabel("Email").fill(user.email);
  await emailForm.getByLabel("Current password").fill(user.password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(emailForm.getByText("That is already your email address")).toBeVisible();
  await expect(emailForm.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a share link shows the plan to a visitor with the first name only, until it is revoked", async ({ page, login, db, browser }) => {
  const user = await login({ name: "Ada Lovelace" });
  const { titles } = await seedPlan(db, user.id);
  await page.goto("/settings");
  const share = page.getByRole("region", { name: "Share with a mentor" });
  await share.getByLabel("Label (optional)").fill("My mentor");
  await share.getByLabel("Link stops working after").selectOption("7");
  await share.getByRole("button", { name: "Create link" }).click();
  const urlField = share.getByLabel("New share link");
  await expect(urlField).toHaveValue(/\/shared\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();
  await expect(share.getByRole("listitem").filter({ hasText: "My mentor" })).toContainText("Active");
  await expectAccessible(page);

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const response = await visitorPage.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(visitorPage.getByRole("heading", { name: "Ada's plan into product management", level: 1 })).toBeVisible();
  await expect(visitorPage.getByRole("heading", { name: titles[0]!, level: 3 })).toBeVisible();
  await expect(visitorPage.getByRole("heading", { name: "Days 61–90", level: 2 })).toBeVisible();
  await expect(visitorPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const body = await visitorPage.locator("body").innerText();
  expect(body).not.toContain("Lovelace");
  expect(body).not.toContain(user.email);
  await expectAccessible(visitorPage);

  await share.getByRole("button", { name: "Revoke My mentor" }).click();
  await share.getByRole("button", { name: "Yes, revoke My mentor" }).click();
  await expect(share.getByRole("listitem").filter({ hasText: "My mentor" })).toContainText("Revoked");
  // After revoking, and for a token that never existed: the same 404.
  for (const target of [url, url.replace(/[A-Za-z0-9_-]{43}$/, "A".repeat(43))]) {
    const gone = await visitorPage.goto(target);
    expect(gone?.status()).toBe(404);
    await expect(visitorPage.getByRole("heading", { name: "This link doesn't work", level: 1 })).toBeVisible();
  }
  await expectAccessible(visitorPage);
  await visitor.close();
});

test("the plan downloads as Markdown and as a calendar, and the account as JSON", async ({ page, login, db }) => {
  const user = await login();
  const { titles, doneTitle } = await seedPlan(db, user.id);
  await page.goto("/settings");

  const markdown = await downloadText(page, "Download as a Markdown checklist");
  expect(markdown.download.suggestedFilename()).toMatch(/^pm-plan-\d{4}-\d{2}-\d{2}\.md$/);
  expect(markdown.text.startsWith("# My 90-day plan into product management\n")).toBe(true);
  for (const title of titles) expect(markdown.text).toContain(title);
  expect(markdown.text.match(/^- \[[ x]\] /gm)).toHaveLength(titles.length);

  const calendar = await downloadText(page, "Add the phase deadlines to your calendar");
  expect(calendar.text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  // Three phase ends and the one done item.
  expect(calendar.text.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(4);
  expect(calendar.text).toContain("SUMMARY:PM plan: end of the first 30 days");
  expect(calendar.text.replace(/\r\n /g, "")).toContain(`SUMMARY:Done: ${doneTitle}`);

  const json = await downloadText(page, "Download all your data");
  const data = JSON.parse(json.text) as { profile: { email: string }; plans: { items: unknown[] }[] };
  expect(data.profile.email).toBe(user.email);
  expect(data.plans[0]!.items).toHaveLength(titles.length);
  expect(json.text).not.toContain("passwordHash");

  // Signed out, the endpoints refuse.
  const anonymous = await page.request.fetch("/api/v1/me/export", { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);
});

test("the printable plan has no navigation in print and starts each phase on a new page", async ({ page, login, db }) => {
  const user = await login();
  const { titles } = await seedPlan(db, user.id);
  await page.goto("/plan/print");
  await expect(page.getByRole("heading", { name: "My 90-day plan into product management" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByText(titles[0]!)).toBeVisible();
  const breaks = await page
    .locator("section[aria-labelledby^='phase-']")
    .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toEqual(["auto", "page", "page"]);
});

test("deleting the account needs the exact phrase, then removes it and says so", async ({ page, login, db }) => {
  const user = await login();
  await seedPlan(db, user.id);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Delete account" });
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel(`Type "${DELETE_CONFIRMATION}" to confirm`).fill("delete account");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText(`Type "${DELETE_CONFIRMATION}" exactly to confirm`)).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveValue(user.password);
  await expectAccessible(page);
  expect(await db.user.count({ where: { id: user.id } })).toBe(1);

  await form.getByLabel(`Type "${DELETE_CONFIRMATION}" to confirm`).fill(DELETE_CONFIRMATION);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?notice=account-deleted$/);
  await expect(page.getByRole("status")).toHaveText(/Your account and everything in it have been deleted/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
  expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  expect(await db.plan.count({ where: { userId: user.id } })).toBe(0);
});
