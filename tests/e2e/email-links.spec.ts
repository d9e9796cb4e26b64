// Emailed confirmation and cancel links open a page with a button: opening the link (as link scanners and
// prefetchers do, with GET or HEAD) changes nothing; pressing the button (a POST) does. Links sent before
// the pages existed have the same URL and keep working. docs/decisions/0023-recovery-and-enumeration.md.
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { expectAccessible } from "./support/a11y";
import { expect, test, uniqueEmail, type TestDb } from "./support/fixtures";

/** A confirmation link as the server mails it: a random token whose SHA-256 is stored. */
async function seedVerifyLink(db: TestDb, user: { id: string; email: string }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.emailToken.create({
    data: {
      userId: user.id,
      purpose: "verify-email",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      email: user.email,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  return `/verify-email?token=${token}`;
}

/**
 * The `path` link in the newest sent message of `kind` to `to`. The outbox row drops its text once sent (it
 * carried a single-use link), so it is read from the .eml file the app wrote (no SMTP_URL in e2e).
 */
async function mailedLink(db: TestDb, to: string, kind: string, path: string): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => {
      id = (await db.outboxMessage.findFirst({ where: { to, kind, status: "sent" }, orderBy: { createdAt: "desc" } }))?.id;
      return id;
    })
    .toBeTruthy();
  const text = (await simpleParser(await readFile(join("data", "outbox", `${id}.eml`)))).text ?? "";
  const link = new RegExp(`https?://\\S+(${path.replace("?", "\\?")}[\\w-]+)`).exec(text)?.[1];
  expect(link, text).toBeTruthy();
  return link!;
}

test("opening a confirmation link confirms nothing; its button does, once", async ({ page, login, db }) => {
  const user = await login({ name: "Cora Confirm", confirmed: false });
  const link = await seedVerifyLink(db, user);

  // What a scanner does: HEAD and GET, no button pressed.
  expect((await page.request.head(link)).status()).toBeLessThan(400);
  expect((await page.request.get(link)).status()).toBe(200);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your email address", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/settings\?notice=email-confirmed/);
  await expect(page.getByText("Your email address is confirmed. Thank you.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();
});

test("an email change tells the current address; its cancel link's button stops the change", async ({ page, login, db }) => {
  const user = await login({ name: "Cato Cancel" });
  const newEmail = uniqueEmail();
  await page.goto("/settings");
  const emailForm = page.getByRole("form", { name: "Change email" });
  await emailForm.getByLabel("Email").fill(newEmail);
  await emailForm.getByLabel("Current password").fill(user.password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(emailForm.getByRole("status")).toContainText(`We've sent a link to ${newEmail}`);

  const cancel = await mailedLink(db, user.email, "email-change-requested", "/cancel-email-change?token=");
  const confirm = await mailedLink(db, newEmail, "verify-email", "/verify-email?token=");

  expect((await page.request.get(cancel)).status()).toBe(200);
  await page.goto(cancel);
  await expect(page.getByRole("heading", { name: "Stop the email change", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Stop the change" }).click();
  await expect(page.getByRole("heading", { name: "The email change is stopped", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // The new address's confirmation link no longer works, and the account kept its address.
  await page.goto(confirm);
  await expect(page.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
});

test("TRACE is refused with 405, and an undecodable path with 400, both with the security headers", async ({ baseURL }) => {
  const { request } = await import("node:http");
  const ask = (method: string, path: string) =>
    new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const url = new URL(path, baseURL);
      const req = request({ host: url.hostname, port: url.port, method, path }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers }));
      });
      req.on("error", reject);
      req.end();
    });
  for (const [method, path, status] of [
    ["TRACE", "/", 405],
    ["TRACE", "/dashboard", 405],
    ["GET", "/people/%ff", 400],
  ] as const) {
    const answer = await ask(method, path);
    expect(answer.status, `${method} ${path}`).toBe(status);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  }
});
