// Model 2 in the browser: employment skips the company step and closes the internal move, a low-readiness
// tester beside PMs is shown a bridge before the paths (and on the dashboard), a close call says so, and a
// visitor who signs up through the header still gets their unsaved result offered for saving.
import type { Page } from "@playwright/test";
import { scoreAssessment, type AssessmentInput } from "../../src/domain/assessment";
import { readinessInWords } from "../../src/domain/assessment/scale";
import { expectAccessible } from "./support/a11y";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { seedAssessment } from "../support/seed";

const PENDING_KEY = "pathfinder.pendingAssessment.v1";
const STRONG_PASSWORD = "lantern orchard velvet 42";

/** The case: a manual QA tester who works beside PMs, readiness in the thirties. */
const TESTER: AssessmentInput = {
  currentRole: "qa_engineer",
  yearsExperience: 4,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 1, customer_insight: 2, data: 2, technical: 3, execution: 2, communication: 2, leadership: 2, business: 1 },
};

/** Operations lead at a 30-person company without PMs, backed by the founder: first product person vs startup. */
const OPERATIONS_LEAD: AssessmentInput = {
  currentRole: "operations",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 3, managerSupport: "yes", size: "under_50" },
  riskTolerance: 3,
  wantsMentorship: 2,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 3, customer_insight: 3, data: 3, technical: 3, execution: 4, communication: 3, leadership: 3, business: 3 },
};

const SKILL_AREA_NAMES = [
  "Product strategy & vision",
  "Customer insight & user research",
  "Data & analytics",
  "Technical fluency",
  "Execution & prioritisation",
  "Communication & stakeholder management",
  "Leadership & collaboration",
  "Business acumen",
];

const group = (page: Page, name: string | RegExp) => page.getByRole("radiogroup", { name });
const choose = (page: Page, question: string | RegExp, option: string | RegExp) =>
  group(page, question).getByRole("radio", { name: option }).check();
const ranked = (page: Page) =>
  page
    .getByRole("region", { name: "Your three ways in, ranked" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });

async function bothThemesAccessible(page: Page, context: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${context} (${colorScheme})`);
  }
}

test("a student answers without company questions and gets no internal move", async ({ page }) => {
  await page.goto("/assessment");
  await choose(page, "What's your current role?", "Software engineer");
  await page.getByLabel("How many years have you worked in total?").fill("1");
  await choose(page, "Do you have a job right now?", "I'm a student");
  await bothThemesAccessible(page, "step 1 with the employment question");
  await page.getByRole("button", { name: "Next", exact: true }).click();

  // Straight to the preferences: the company step is skipped and marked so.
  await expect(page.getByRole("heading", { name: "Step 3 of 5: Your preferences" })).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Assessment steps" })).toContainText("Your company (skipped)");
  await expect(group(page, /employ product managers/)).toHaveCount(0);
  await choose(page, /uncertainty/, "Some uncertainty is fine");
  await choose(page, /mentoring/, "I want close mentoring and a clear structure");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { name: "Step 1 of 5: Your role" })).toBeFocused();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Next", exact: true }).click();

  await choose(page, /side project/, "Yes");
  await choose(page, /led work across teams/, "No");
  await choose(page, /customers or users/, "No");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Step 5 of 5: Your skills" })).toBeFocused();
  for (const area of SKILL_AREA_NAMES) await group(page, area).getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/assessment\/preview$/);
  const stored = (await page.evaluate((k) => JSON.parse(window.localStorage.getItem(k) ?? "null"), PENDING_KEY)) as AssessmentInput;
  expect(stored.employment).toBe("student");
  const paths = ranked(page);
  await expect(paths).toHaveCount(3);
  await expect(paths.first()).not.toContainText("Internal move");
  await expect(paths.last()).toContainText("Internal move");
  await expect(paths.last()).toContainText("You're a student, so there's no employer to move within yet.");
  await expect(page.getByRole("region", { name: "Recommended path" })).not.toContainText("Internal move");
  await bothThemesAccessible(page, "a student's result");
});

test("the tenure rule is a field error on the company step", async ({ page }) => {
  await page.goto("/assessment");
  await choose(page, "What's your current role?", /^Sales$/);
  await page.getByLabel("How many years have you worked in total?").fill("2");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await choose(page, /employ product managers/, "No");
  const tenure = page.getByLabel("How long have you been at this company?");
  await tenure.fill("3");
  await choose(page, /manager support/, "I'm not sure");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(tenure).toHaveAttribute("aria-invalid", "true");
  await expect(tenure).toHaveAccessibleDescription(/can't be longer than your total years of experience/);
  await expect(tenure).toBeFocused();
  await bothThemesAccessible(page, "company step with the tenure error");
  await tenure.fill("1.5");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Step 3 of 5: Your preferences" })).toBeFocused();
});

test("a low-readiness tester beside PMs sees a bridge before the paths, and on the dashboard", async ({ page, db, login }) => {
  const expected = scoreAssessment(TESTER);
  expect(expected.bridge).not.toBeNull();
  const user = await login({ name: "Quinn Tester" });
  const saved = await seedAssessment(db, user.id, TESTER);

  await page.goto(`/assessment/${saved.id}`);
  const bridge = page.getByRole("region", { name: /Your bridge first/ });
  await expect(bridge).toContainText(expected.bridge!.role);
  await expect(bridge).toContainText(`Your readiness is ${expected.readiness} of 100`);
  await expect(bridge.getByRole("listitem")).toHaveCount(expected.bridge!.steps.length);
  // The bridge comes before the ranked paths in reading order.
  const order = await page.evaluate(() => {
    const headings = [...document.querySelectorAll("h2")].map((h) => h.textContent ?? "");
    return [headings.findIndex((t) => t.startsWith("Your bridge first")), headings.indexOf("Your three ways in, ranked")];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  // Reasons sit under honest headings: the junior path's readiness is a reason against it, not for it.
  const junior = ranked(page).filter({ has: page.getByRole("heading", { level: 3, name: /A PM role at a new company/ }) });
  await expect(junior.getByRole("heading", { name: "What speaks against it" })).toBeVisible();
  await expect(junior).toContainText(`Your readiness is ${expected.readiness} of 100: junior PM roles still expect the basics`);
  // Resources under each gap.
  await expect(
    page
      .getByRole("list", { name: /^Resources for / })
      .first()
      .getByRole("link")
      .first(),
  ).toHaveAttribute("href", /^https:\/\//);
  await bothThemesAccessible(page, "result with a bridge");

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: /Your bridge first/ })).toContainText(expected.bridge!.role);
  await bothThemesAccessible(page, "dashboard with a bridge");
});

test("a close call is labelled, and says what would tip it", async ({ page, db, login }) => {
  const expected = scoreAssessment(OPERATIONS_LEAD);
  expect(expected.closeCall).toBe(true);
  const user = await login({ name: "Fatima Ops" });
  const saved = await seedAssessment(db, user.id, OPERATIONS_LEAD);

  await page.goto(`/assessment/${saved.id}`);
  const headline = page.getByRole("region", { name: "Recommended path" });
  await expect(headline).toContainText("Close call");
  await expect(headline).toContainText("is nearly as good a fit");
  await expect(headline).not.toContainText(/\d+\s*\/\s*100|points? behind/);
  const paths = ranked(page);
  await expect(paths.nth(0)).toContainText("Close call");
  await expect(paths.nth(1)).toContainText("Close call");
  await expect(paths.nth(2)).not.toContainText("Close call");
  await expect(paths.first().getByRole("heading", { name: "What would tip it" })).toBeVisible();
  await expect(paths.first().getByRole("heading", { name: "Why it fits you" })).toBeVisible();
  await bothThemesAccessible(page, "a close call");
});

test("a visitor who signs up through the header still gets their unsaved result offered and saved", async ({ page, db }) => {
  const expected = scoreAssessment(TESTER);
  await page.goto("/");
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [PENDING_KEY, JSON.stringify(TESTER)] as const);

  await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
  const email = uniqueEmail();
  await page.getByLabel("Name").fill("Header Hana");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { name: "Welcome, Header Hana" })).toBeVisible();
  const offer = page.getByRole("region", { name: "You have an unsaved result" });
  await expect(offer).toContainText(`readiness ${readinessInWords(expected.readiness)}`);
  await bothThemesAccessible(page, "dashboard offering the unsaved result");
  await offer.getByRole("link", { name: "Save this result" }).click();

  await expect(page).toHaveURL(/\/assessment\/(?!preview)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const saved = await db.assessment.findUnique({ where: { id }, include: { user: true } });
  expect(saved?.user.email).toBe(email);
  expect(saved?.readiness).toBe(expected.readiness);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), PENDING_KEY)).toBeNull();

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "You have an unsaved result" })).toHaveCount(0);
});
