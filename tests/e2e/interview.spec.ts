// Issue 23: the interview bank at /interview. The bank filters without a reload; a question is practised
// against a keyboard-operable timer and logged; a mock link goes to a partner who scores in a browser of their
// own without seeing the self-scores; the owner sees both scores with the gap marked; revoking closes the link.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { SKILL_MODEL } from "../../src/domain/assessment/skills";
import { QUESTIONS, questionById } from "../../src/domain/interview";
import { expectAccessible } from "./support/a11y";
import { expect, tabTo, test } from "./support/fixtures";
import { seedAssessment } from "../support/seed";

async function accessibleInBothThemes(page: Page, context: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${context} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("the bank filters in place, and a question is practised with the timer and logged", async ({ page, login, db }) => {
  test.setTimeout(120_000);
  const user = await login({ name: "Prep Pia" });
  await seedAssessment(db, user.id);
  await page.goto("/practice");
  await page.getByRole("link", { name: "Interview prep" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Interview prep" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Suggested next" }).getByRole("listitem")).not.toHaveCount(0);

  const bank = page.getByRole("region", { name: "The question bank" });
  await expect(bank.getByText(`${QUESTIONS.length} questions`)).toBeVisible();
  const marker = await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
  await bank.getByLabel("Type").selectOption("behavioural");
  await bank.getByLabel("Theme (behavioural)").selectOption("conflict");
  await expect(bank.getByText("8 questions")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(marker); // no reload
  await expect(page).toHaveURL(/type=behavioural&theme=conflict/);

  const question = questionById("bh-co-1")!;
  await bank.getByRole("link", { name: `Practise “${question.text}”` }).click();
  const practice = page.getByRole("region", { name: "Practise" });
  await expect(practice.getByText(question.text)).toBeVisible();
  const timer = practice.getByRole("timer");
  await expect(timer).toHaveText("4:00");
  await tabTo(page, practice.getByRole("button", { name: "Start" }));
  await page.keyboard.press("Enter");
  await expect(practice.getByRole("button", { name: "Pause" })).toBeFocused();
  // Paused before its first tick the timer would offer "Start" again: wait for the clock to move.
  await expect(timer).not.toHaveText("4:00");
  await page.keyboard.press("Enter");
  await expect(practice.getByRole("button", { name: "Resume" })).toBeVisible();
  await practice.getByRole("button", { name: "Reset" }).click();
  await expect(timer).toHaveText("4:00");
  await expect(practice.getByRole("heading", { name: "Your stories that answer this" })).toBeVisible();

  const log = practice.getByRole("form", { name: "Log this question" });
  for (const area of question.areas) await log.getByLabel(`${SKILL_MODEL[area].label} score`).selectOption("3");
  await log.getByLabel("Notes").fill("Too long on the situation");
  await log.getByRole("button", { name: "Log practice" }).click();
  await expect(log.getByText("Logged in your practice log.")).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByText(`Question: ${question.text}`)).toBeVisible();
});

test("a partner scores a mock without an account; the owner sees both scores with the gap marked", async ({ page, login, db, browser }) => {
  test.setTimeout(150_000);
  const owner = await login({ name: "Mock Mo Example" });
  await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: new Date() } });
  const question = questionById("ex-02")!; // execution and data
  await page.goto(`/interview?q=${question.id}`);
  const mockForm = page.getByRole("form", { name: "Create a mock link" });
  await mockForm.getByLabel("Who it is for (optional, only you see it)").fill("Sam the PM");
  await mockForm.getByRole("button", { name: "Create mock link" }).click();
  const urlField = mockForm.getByLabel("Mock link");
  await expect(urlField).toHaveValue(/\/mock\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();
  await accessibleInBothThemes(page, "/interview with a question and a mock link");

  // The owner self-scores the session the link logged: execution 4, data 4.
  await page.goto("/practice");
  await page.getByText(/^Edit/).first().click();
  await page.getByLabel(`${SKILL_MODEL.execution.label} score`).last().selectOption("4");
  await page.getByLabel(`${SKILL_MODEL.data.label} score`).last().selectOption("4");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The partner, in a fresh context with an address of its own, sees the question but never the self-scores.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `2001:db8:2::${randomBytes(2).toString("hex")}` } });
  const partner = await context.newPage();
  const response = await partner.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  const html = await response!.text();
  expect(html).not.toMatch(/\\?"(execution|data)\\?"\s*:\s*\d/);
  expect(html).not.toContain("Example");
  await expect(partner.getByRole("heading", { level: 1, name: "A mock interview with Mock" })).toBeVisible();
  await expect(partner.getByText("What a strong answer shows")).toBeVisible();
  await accessibleInBothThemes(partner, "/mock/[token]");
  const form = partner.getByRole("form", { name: "Score Mock's answer" });
  await form.getByRole("radiogroup", { name: SKILL_MODEL.execution.label }).getByRole("radio", { name: "2 · Some exposure" }).check();
  await form.getByRole("radiogroup", { name: SKILL_MODEL.data.label }).getByRole("radio", { name: "4 · Independent" }).check();
  await form.getByLabel("Your name (optional)").fill("Sam");
  await form.getByLabel("A short note (optional)").fill("Rushed the metric choice.");
  await form.getByRole("button", { name: "Send my scores" }).click();
  await expect(partner.getByText("Thank you. Your scores were sent to Mock.")).toBeVisible();
  await partner.reload();
  await expect(partner.getByText("Already scored. Thank you.")).toBeVisible();

  // The owner sees both, the gap of 2 marked.
  await page.goto("/practice");
  const table = page.getByRole("table", { name: "Scored by Sam" });
  await expect(table.getByRole("row", { name: /Execution/ }).getByRole("cell")).toHaveText(["4", "2", "-2 · worth talking about"]);
  await expect(table.getByRole("row", { name: /Data/ }).getByRole("cell")).toHaveText(["4", "4", "Same"]);
  await expect(page.getByText("Their note: Rushed the metric choice.")).toBeVisible();
  await accessibleInBothThemes(page, "/practice with a partner's scores");

  // Revoking closes the link: the partner lands on /link-expired.
  await page.goto("/interview");
  await page.getByRole("button", { name: "Revoke Sam the PM" }).click();
  await expect(page.getByRole("region", { name: "Your mock links" })).toContainText("Revoked");
  await partner.goto(url);
  await expect(partner).toHaveURL(/\/link-expired\?for=mock/);
  await context.close();
});

test("creating a mock link needs a confirmed address", async ({ page, login, db }) => {
  const user = await login({ name: "Unconfirmed Una" });
  await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
  await page.goto("/interview?q=ps-01");
  const mockForm = page.getByRole("form", { name: "Create a mock link" });
  await mockForm.getByRole("button", { name: "Create mock link" }).click();
  await expect(mockForm.getByRole("alert")).toContainText(/confirm your email address first/i);
});
