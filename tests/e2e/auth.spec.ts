import { expectAccessible } from "./support/a11y";
import { expect, tabTo, test, uniqueEmail } from "./support/fixtures";

const STRONG_PASSWORD = "lantern orchard velvet 42";

async function fillSignUp(page: import("@playwright/test").Page, fields: { name: string; email: string; password: string }) {
  await page.getByLabel("Name").fill(fields.name);
  await page.getByLabel("Email").fill(fields.email);
  await page.getByLabel("Password").fill(fields.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("a visitor signs up, signs out and signs back in", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectAccessible(page);

  const email = uniqueEmail();
  await fillSignUp(page, { name: "Ada Lovelace", email, password: STRONG_PASSWORD });
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();
});

test("a wrong password says only that email or password is incorrect", async ({ page, login }) => {
  const user = await login({ signIn: false });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expectAccessible(page);

  // An unknown email gets the very same answer.
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("a common password is refused with a field message and nothing is created", async ({ page }) => {
  await page.goto("/sign-up");
  const email = uniqueEmail();
  await fillSignUp(page, { name: "Grace", email, password: "qwerty123456" });
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // The other answers are kept.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectAccessible(page);

  await fillSignUp(page, { name: "Grace", email, password: "short" });
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();

  // Nothing was created: signing in with that email fails.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("qwerty123456");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("signing up with an email that has an account says 'check your inbox' and tells the owner, not the visitor", async ({
  page,
  login,
  db,
}) => {
  const existing = await login({ signIn: false });
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Someone", email: existing.email, password: STRONG_PASSWORD });
  await expect(page.getByRole("status")).toHaveText(
    `Check your inbox: we've sent a message to ${existing.email}. It tells you how to go on.`,
  );
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expectAccessible(page);
  await expect.poll(() => db.outboxMessage.count({ where: { to: existing.email, kind: "address-in-use" } })).toBe(1);
});

test("a protected page sends a visitor to sign in and back after it", async ({ page, login }) => {
  const user = await login({ signIn: false });
  await page.goto("/dashboard?from=e2e");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expectAccessible(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard\?from=e2e$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
});

test("too many sign-in attempts from one address are refused with a wait time", async ({ page }) => {
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 10; attempt++) {
    // A different account each time: this is the per-address limit (one account has its own, lower one).
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts\. Try again in 1 minute\.$/);
  await expectAccessible(page);
});

test("the whole sign-up works with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: "Sign up" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();

  const email = uniqueEmail();
  await tabTo(page, page.getByLabel("Name"));
  await page.keyboard.type("Keyboard Kim");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(STRONG_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Welcome, Keyboard Kim" })).toBeVisible();
  await expectAccessible(page);
});
