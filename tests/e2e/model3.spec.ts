// Model 3 in the browser: the questionnaire asks what the company builds and which doors are open, the result
// names the level to aim for and shows an optional bridge as an option with its why, and re-assessment says
// when the model, not the answers, changed the path.
import type { Page } from "@playwright/test";
import { scoreAssessment, type AssessmentInput, type AssessmentResult } from "../../src/domain/assessment";
import { assessmentRow } from "../../src/server/assessment/rows";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const PENDING_KEY = "pathfinder.pendingAssessment.v1";

/** A support engineer at readiness 40–60 beside PMs: an optional product specialist bridge. */
const SUPPORT: AssessmentInput = {
  currentRole: "support_engineer",
  yearsExperience: 3,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 2, managerSupport: "unsure", kind: "product" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true },
  skills: { strategy: 2, customer_insight: 3, data: 2, technical: 3, execution: 2, communication: 3, leadership: 2, business: 2 },
};

/** An engineer at a product company without PMs: model 3 puts the internal move (the first PM role) first. */
const ENGINEER: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 4,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 2, managerSupport: "yes", kind: "product" },
  riskTolerance: 3,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 3, data: 3, technical: 4, execution: 3, communication: 3, leadership: 3, business: 2 },
};

const group = (page: Page, name: string | RegExp) => page.getByRole("radiogroup", { name });
const choose = (page: Page, question: string | RegExp, option: string | RegExp) =>
  group(page, question).getByRole("radio", { name: option }).check();
const ranked = (page: Page) =>
  page
    .getByRole("region", { name: "Your three ways in, ranked" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });

test("the questionnaire asks what the company builds and which doors are open, with plain examples", async ({ page }) => {
  await page.goto("/assessment");
  await choose(page, "What's your current role?", "Software engineer");
  await page.getByLabel("How many years have you worked in total?").fill("4");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await choose(page, /employ product managers/, "No");
  await page.getByLabel("How long have you been at this company?").fill("2");
  await choose(page, /manager support/, /would back a move/);
  await expect(group(page, /What does your company build/)).toContainText("an agency, a consultancy");
  await choose(page, /What does your company build/, /^Its own product/);
  await expectAccessible(page, "company step with the kind question");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await choose(page, /uncertainty/, "Some uncertainty is fine");
  await choose(page, /mentoring/, "Some structure and mentoring would help");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await choose(page, /side project/, "No");
  await choose(page, /led work across teams/, "Yes");
  await choose(page, /customers or users/, "No");
  await choose(page, /refer you/, "Yes");
  await expectAccessible(page, "evidence step with the open doors");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  for (const name of ["Product strategy & vision", "Business acumen"]) await group(page, name).getByRole("radio").nth(1).check();
  for (const name of [
    "Customer insight & user research",
    "Data & analytics",
    "Execution & prioritisation",
    "Communication & stakeholder management",
    "Leadership & collaboration",
  ])
    await group(page, name).getByRole("radio").nth(2).check();
  await group(page, "Technical fluency").getByRole("radio").nth(3).check();
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/assessment\/preview$/);
  const stored = (await page.evaluate((k) => JSON.parse(window.localStorage.getItem(k) ?? "null"), PENDING_KEY)) as AssessmentInput;
  expect(stored.company.kind).toBe("product");
  expect(stored.openDoors).toEqual({ referral: true });
  expect(stored.evidence.domainExpertise).toBeUndefined();
  await expect(ranked(page).first()).toContainText("Internal move");
  await expect(ranked(page).first()).toContainText(/Aim for (associate PM roles|PM roles, not APM)/);
});

test("a saved result shows the level and an optional bridge as an option with its why", async ({ page, db, login }) => {
  const expected = scoreAssessment(SUPPORT);
  expect(expected.bridge).toMatchObject({ kind: "product_specialist", required: false });
  const user = await login();
  const saved = await db.assessment.create({ data: assessmentRow(user.id, SUPPORT, expected) });

  await page.goto(`/assessment/${saved.id}`);
  const option = page.getByRole("region", { name: /Optional first step: Product specialist/ });
  await expect(option).toContainText(/^.*Optional: with readiness/);
  await expect(page.getByRole("region", { name: /Your bridge first/ })).toHaveCount(0);
  const junior = ranked(page).filter({ has: page.getByRole("heading", { level: 3, name: /A PM role at a new company/ }) });
  await expect(junior).toContainText("Aim for associate PM roles");
  await expectAccessible(page);
});

test("re-assessment says when the model, not the answers, changed the path; a model 2 result shows no level", async ({
  page,
  db,
  login,
}) => {
  const user = await login();
  const today = scoreAssessment(ENGINEER);
  expect(today.recommendedPath.path).toBe("internal_move");
  // The same answers as model 2 stored them: another path first, no level, older version.
  const junior = today.paths.find((p) => p.path === "junior_pm")!;
  const strip = <T extends { level?: unknown }>({ level: _l, ...rest }: T) => rest;
  const model2 = {
    ...today,
    paths: [junior, ...today.paths.filter((p) => p !== junior)].map(strip),
    recommendedPath: strip(junior),
    modelVersion: "2026.11-2",
  } as unknown as AssessmentResult;
  const older = await db.assessment.create({
    data: { ...assessmentRow(user.id, ENGINEER, model2), createdAt: new Date("2026-11-01T09:00:00Z") },
  });
  const newer = await db.assessment.create({
    data: { ...assessmentRow(user.id, ENGINEER, today), createdAt: new Date("2026-12-02T09:00:00Z") },
  });

  await page.goto(`/assessment/${older.id}`);
  await expect(ranked(page)).toHaveCount(3);
  await expect(page.getByText(/^Aim for /)).toHaveCount(0);

  await page.goto(`/assessment/${newer.id}`);
  const changes = page.getByRole("region", { name: /Since your last assessment/ });
  await expect(changes).toContainText("A PM role at a new company → Internal move");
  await expect(changes).toContainText("The model changed");
  await expectAccessible(page);
});
