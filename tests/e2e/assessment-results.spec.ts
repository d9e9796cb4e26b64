import type { Page } from "@playwright/test";
import { scoreAssessment, type AssessmentInput } from "../../src/domain/assessment";
import type { Db } from "../../src/server/db";
import { expectAccessible } from "./support/a11y";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { seedAssessment } from "../support/seed";

const PENDING_KEY = "pathfinder.pendingAssessment.v1";
const STRONG_PASSWORD = "lantern orchard velvet 42";

/** A tenured engineer at a company with PMs and a supportive manager: the internal move is the clear answer. */
const ENGINEER: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

/** A one-year marketer at a company without PMs who wants mentorship: a junior PM role comes first. */
const MARKETER: AssessmentInput = {
  currentRole: "marketing",
  yearsExperience: 1,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "unsure" },
  riskTolerance: 1,
  wantsMentorship: 5,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 1, technical: 1, execution: 2, communication: 3, leadership: 2, business: 2 },
};

function storeAssessment(db: Db, userId: string, input: AssessmentInput, createdAt?: Date) {
  return seedAssessment(db, userId, input, createdAt);
}

/** Leaves finished answers in localStorage, as the questionnaire does for a visitor. */
async function leavePendingAssessment(page: Page, input: AssessmentInput) {
  await page.goto("/");
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [PENDING_KEY, JSON.stringify(input)] as const);
}

test("a visitor sees their result, signs up from it and lands on the saved result", async ({ page, db }) => {
  const expected = scoreAssessment(ENGINEER);
  await leavePendingAssessment(page, ENGINEER);
  await page.goto("/assessment/preview");

  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  const headline = page.getByRole("region", { name: "Recommended path" });
  await expect(headline).toContainText("Internal move");
  await expect(page.getByRole("region", { name: "Readiness for an entry-level PM role" })).toContainText(String(expected.readiness));
  await expect(page.getByRole("img", { name: /Skill shape/ })).toBeVisible();
  const ranked = page
    .getByRole("region", { name: "Your three ways in, ranked" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(ranked).toHaveCount(3);
  await expect(ranked.first()).toContainText("Recommended");
  await expect(ranked.first()).toContainText("What would change this");
  await expect(page.getByRole("region", { name: "Advice for your move" })).toContainText("Customer insight & user research");
  await expectAccessible(page);

  const nextStep = page.getByRole("region", { name: "Keep this result and get your plan" });
  await nextStep.getByRole("link", { name: "Create an account to save this" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fassessment%2Fpreview%3Fsave%3D1$/);
  await expectAccessible(page);

  const email = uniqueEmail();
  await page.getByLabel("Name").fill("Margaret Hamilton");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/assessment\/(?!preview)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recommended path" })).toContainText("Internal move");
  await expect(page.getByRole("link", { name: "Build my plan" })).toHaveAttribute("href", /^\/plan\/new\?assessment=/);
  await expectAccessible(page);

  const id = new URL(page.url()).pathname.split("/").pop()!;
  const saved = await db.assessment.findUnique({ where: { id }, include: { user: true } });
  expect(saved?.user.email).toBe(email);
  expect(saved?.recommendedPath).toBe(expected.recommendedPath.path);
  expect(saved?.readiness).toBe(expected.readiness);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), PENDING_KEY)).toBeNull();
});

test("another user's assessment is a 404, the same as a missing one", async ({ page, db, login }) => {
  const owner = await login({ name: "Owner", signIn: false });
  const theirs = await storeAssessment(db, owner.id, ENGINEER);

  await login({ name: "Someone Else" });
  const response = await page.goto(`/assessment/${theirs.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
  await expect(page.getByText(/Internal move/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  await expectAccessible(page);

  const missing = await page.goto("/assessment/no-such-assessment");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We can't find that page" })).toBeVisible();
});

test("the skill radar is an image with a summary and a table alternative", async ({ page }) => {
  await leavePendingAssessment(page, ENGINEER);
  await page.goto("/assessment/preview");

  const met = scoreAssessment(ENGINEER).areas.filter((a) => a.rating >= a.target).length;
  const summary = `You meet the entry-level PM target in ${met} of 8 areas`;
  const radar = page.getByRole("img", { name: /Skill shape/ });
  await expect(radar).toBeVisible();
  await expect(radar).toHaveAccessibleDescription(new RegExp(summary));
  // The same summary is visible for everyone, not only in the SVG's description.
  await expect(page.getByText(summary)).toBeVisible();

  await page.getByText("Show as a table").click();
  const table = page.getByRole("table", { name: /Your level and the entry-level PM target/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(9);
  await expect(table.getByRole("row", { name: /Technical fluency/ })).toContainText("2 levels above");
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "/assessment/preview in dark mode");
});

test("a saved result shows what changed since the previous assessment", async ({ page, db, login }) => {
  const user = await login();
  const before = scoreAssessment(MARKETER);
  const after = scoreAssessment(ENGINEER);
  await storeAssessment(db, user.id, MARKETER, new Date("2026-08-01T09:00:00Z"));
  const latest = await storeAssessment(db, user.id, ENGINEER, new Date("2026-11-01T09:00:00Z"));

  await page.goto(`/assessment/${latest.id}`);
  const changes = page.getByRole("region", { name: /Since your last assessment/ });
  await expect(changes).toContainText("1 August 2026");
  await expect(changes).toContainText(`${before.readiness} → ${after.readiness}`);
  await expect(changes).toContainText(`up ${after.readiness - before.readiness} points since last time`);
  await expect(changes).toContainText("A PM role at a new company → Internal move");
  await expect(changes.getByRole("heading", { name: "New reasons behind the recommendation" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, `/assessment/${latest.id} in dark mode`);
});

test("without answers in this browser the preview points to the questionnaire", async ({ page }) => {
  await page.goto("/assessment/preview");
  await expect(page.getByRole("heading", { level: 1, name: "No result to show yet" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Take the assessment" })).toHaveAttribute("href", "/assessment");
  await expectAccessible(page);
});
