// Forgot password → the link from the received email → new password → signed in; the old password no
// longer works and the used link gets the one "expired or used" page. The email is read from the .eml file
// the app wrote to data/outbox/ (no SMTP_URL in the e2e server's environment).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { E2E_AUTH_SECRET } from "../../playwright.config";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const NEW_PASSWORD = "copper lighthouse at dawn";

/** The text of the newest sent message of `kind` to `to`, once the mail worker has written it. */
async function receivedText(db: import("./support/fixtures").TestDb, to: string, kind: string): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = (await db.outboxMessage.findFirst({ where: { to, kind, status: "sent" }, orderBy: { createdAt: "desc" } }))?.id;
      return id;
    })
    .toBeTruthy();
  const parsed = await simpleParser(await readFile(path.join("data", "outbox", `${id}.eml`)));
  return parsed.text ?? "";
}

test("forgot password: the emailed link sets a new password and signs in; the old one and the link stop working", async ({
  page,
  login,
  db,
  baseURL,
}) => {
  const user = await login({ signIn: false, name: "Rosa Reset" });
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If an account exists for that address, we've sent a link/);
  await expectAccessible(page);

  const text = await receivedText(db, user.email, "password-reset");
  const link = text.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
  expect(link, text).toBeTruthy();
  expect(link!.startsWith(baseURL!)).toBe(true);

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Rosa Reset" })).toBeVisible();

  // The "password changed" notice went out too.
  expect(await receivedText(db, user.email, "password-changed")).toMatch(/password of your PM Pathfinder account was just changed/);

  // The link works once.
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me a new reset link" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  // Signed out before going on: a sign-out still in flight would reload the sign-in page under the test.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Rosa Reset" })).toBeVisible();
});

test("an unknown address gets the same answer", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If an account exists for that address, we've sent a link/);
});

test("the confirm-email banner, email settings and the unsubscribe page are accessible", async ({ page, login }) => {
  const user = await login({ name: "Una Banner", confirmed: false });
  await page.goto("/settings");
  await expect(page.getByRole("region", { name: "Confirm your email" })).toContainText(user.email);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("region", { name: "Confirm your email" }).getByRole("status")).toHaveText(/We've sent a new link/);
  await page.getByLabel("Weekly check-in").check();
  await page.getByRole("button", { name: "Save email choices" }).click();
  await expect(page.getByRole("form", { name: "Email choices" }).getByRole("status")).toHaveText("Your email choices are saved.");
  await expectAccessible(page);

  // The signed link from a check-in email, made the way the server makes it.
  process.env.AUTH_SECRET = E2E_AUTH_SECRET;
  const { unsubscribeToken } = await import("../../src/server/mail/unsubscribe");
  await page.context().clearCookies();
  await page.goto(`/unsubscribe?token=${unsubscribeToken(user.id, "digest")}`);
  await expect(page.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  await expectAccessible(page);
});
