// Issue 13 §6: a mentor's blind rating appears beside the self-rating. The owner shares a link with
// application counts and story titles; the mentor, in a browser of their own, sees no self-rating, rates,
// and the owner sees both side by side with the gap marked. Every page checked with axe in both themes.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { SKILL_MODEL } from "../../src/domain/assessment/skills";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { seedAssessment, seedPlan } from "../support/seed";
import { sampleInput } from "./support/seed";

async function accessibleInBothThemes(page: Page, context: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${context} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function mentorBrowser(browser: Browser) {
  // A client address of its own, as for every test page (tests/e2e/support/fixtures.ts).
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `2001:db8:1:${randomBytes(2).toString("hex")}::1` },
  });
  return { context, page: await context.newPage() };
}

test("a mentor's blind rating appears beside the self-rating, with gaps of 2 or more marked", async ({ page, login, db, browser }) => {
  test.setTimeout(150_000);
  const owner = await login({ name: "Mentee Mia Example" });
  const assessment = await seedAssessment(db, owner.id);
  await seedPlan(db, owner.id, { assessment, tickFirst: false });
  await db.application.create({
    data: {
      userId: owner.id,
      company: "Secret Corp",
      roleTitle: "APM",
      kind: "associate_pm",
      stage: "applied",
      stageChanges: { create: [{ stage: "applied" }] },
    },
  });
  await db.person.create({ data: { userId: owner.id, name: "Private Pat", howMet: "lunch", notes: "Private note" } });
  await db.story.create({
    data: { userId: owner.id, title: "Launch of the churn dashboard", result: "Private result", areas: { create: [{ area: "data" }] } },
  });

  // The owner creates a link with application counts and story titles, not practice.
  await page.goto("/settings");
  const share = page.getByRole("region", { name: "Share with a mentor" });
  await share.getByLabel("Label (optional)").fill("Mentor Max");
  await expect(share.getByLabel("Application counts")).not.toBeChecked();
  await share.getByLabel("Application counts").check();
  await share.getByLabel("Story titles").check();
  await share.getByRole("button", { name: "Create link" }).click();
  const urlField = share.getByLabel("New share link");
  await expect(urlField).toHaveValue(/\/shared\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();
  await expect(share.getByRole("listitem").filter({ hasText: "Mentor Max" })).toContainText(
    "Shows: Plan, application counts, story titles",
  );
  await accessibleInBothThemes(page, "/settings");

  // The mentor opens it: counts and titles, no people or notes, and no self-rating anywhere in the HTML.
  const mentor = await mentorBrowser(browser);
  const response = await mentor.page.goto(url);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  // Neither as data (a "skills" object, "area": level pairs, raw or escaped in the RSC payload) nor as text.
  expect(html).not.toMatch(/\\?"(skills|strategy|customer_insight|data|technical|execution|communication|leadership|business)\\?"\s*:/);
  expect(html).not.toMatch(/self-rating|rated (yourself|themsel)|Mentee's own rating: /i);
  for (const secret of ["Private Pat", "Private note", "Private result", "Secret Corp", "Example"]) expect(html).not.toContain(secret);
  await expect(mentor.page.getByRole("table", { name: "Applications by stage" }).getByRole("row", { name: /Applied/ })).toContainText("1");
  await expect(mentor.page.getByRole("list", { name: "Story titles" })).toContainText("Launch of the churn dashboard");
  await expect(mentor.page.getByRole("table", { name: "Interview practice by type" })).toHaveCount(0);
  const form = mentor.page.getByRole("form", { name: "Rate Mentee's skills" });
  await expect(form).toBeVisible();
  await accessibleInBothThemes(mentor.page, "/shared/[token] with the rating form");

  // Self: data 3, strategy 2 (sampleInput). The mentor sees data at 1 (a gap of 2) and strategy at 2.
  expect(sampleInput.skills.data).toBe(3);
  await form.getByRole("radiogroup", { name: SKILL_MODEL.data.label }).getByRole("radio", { name: "1 · No exposure" }).check();
  await form.getByRole("radiogroup", { name: SKILL_MODEL.strategy.label }).getByRole("radio", { name: "2 · Some exposure" }).check();
  await form.getByRole("radiogroup", { name: SKILL_MODEL.technical.label }).getByRole("radio", { name: "Not sure" }).check();
  await form.getByLabel("Your name (optional)").fill("Max Mentor");
  await form.getByLabel("A short note (optional)").fill("Let's talk about your data work.");
  await form.getByRole("button", { name: "Send my ratings" }).click();
  await expect(mentor.page.getByRole("status").filter({ hasText: "Thank you. Your ratings were sent to Mentee." })).toBeVisible();
  await expect(mentor.page.getByText(/self-rating/i)).toHaveCount(0);

  // The owner sees both side by side, the gap marked in words.
  await page.goto("/mentors");
  const rating = page.getByRole("article", { name: "Max Mentor" });
  await expect(rating).toContainText("through the link “Mentor Max” (active)");
  await expect(rating).toContainText("Let's talk about your data work.");
  await expect(rating).toContainText("1 area worth talking about.");
  const table = rating.getByRole("table", { name: "Max Mentor's ratings beside yours, out of 5" });
  const dataRow = table.getByRole("row", { name: new RegExp(SKILL_MODEL.data.label.replace(/[&]/g, "\\$&")) });
  await expect(dataRow.getByRole("cell")).toHaveText(["3", "1", "2 lower than you Worth talking about"]);
  const strategyRow = table.getByRole("row", { name: new RegExp(SKILL_MODEL.strategy.label.replace(/[&]/g, "\\$&")) });
  await expect(strategyRow.getByRole("cell")).toHaveText(["2", "2", "Same as you"]);
  await expect(table.getByText("Worth talking about")).toHaveCount(1);
  await accessibleInBothThemes(page, "/mentors");

  // Revoking the link closes the form (the same 404 as any dead link); the rating stays for the owner.
  await page.goto("/settings");
  await share.getByRole("button", { name: "Revoke Mentor Max" }).click();
  await share.getByRole("button", { name: "Yes, revoke Mentor Max" }).click();
  await expect(share.getByRole("listitem").filter({ hasText: "Mentor Max" })).toContainText("Revoked");
  const gone = await mentor.page.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(mentor.page.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await page.goto("/mentors");
  await expect(page.getByRole("article", { name: "Max Mentor" })).toContainText("(revoked)");
  await mentor.context.close();
});
