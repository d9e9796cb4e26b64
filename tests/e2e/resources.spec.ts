// Curated resources: on a plan step, on the /resources page (filterable without JavaScript), and a
// low-readiness plan that builds skills first and aims at a bridge role before PM roles.
import type { Locator, Page } from "@playwright/test";
import type { AssessmentInput } from "../../src/domain/assessment";
import { CATEGORY_LABELS } from "../../src/domain/plan";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { seedAssessment } from "../support/seed";

/** A manual QA tester who works beside the PMs, with little product skill yet: readiness below the bridge bar. */
const TESTER: AssessmentInput = {
  currentRole: "qa_engineer",
  yearsExperience: 3,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 2, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 1, customer_insight: 1, data: 2, technical: 2, execution: 2, communication: 2, leadership: 1, business: 1 },
};

const phase = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const skillSteps = (scope: Page | Locator) => scope.getByRole("article").filter({ hasText: CATEGORY_LABELS.skill });

async function buildPlan(page: Page, assessmentId: string) {
  await page.goto(`/plan/new?assessment=${assessmentId}`);
  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("radio", { name: /^All/ })).toBeEnabled();
}

async function expectSafeExternalLinks(list: Locator) {
  const links = list.getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\//);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
}

test("a low-readiness tester's plan builds skills first, aims at a bridge role, and each skill step carries resources", async ({
  page,
  db,
  login,
}) => {
  test.setTimeout(90_000);
  const user = await login();
  const assessment = await seedAssessment(db, user.id, TESTER);
  await buildPlan(page, assessment.id);

  const first = phase(page, "First 30 days");
  expect(await skillSteps(first).count()).toBeGreaterThanOrEqual(2);
  await expect(first.getByRole("article", { name: "Aim for your bridge step before PM roles" })).toBeVisible();
  // Applications go to the bridge role; PM applications wait for a re-assessment.
  await expect(page.getByRole("article", { name: "Send your first five tailored applications" })).toHaveCount(0);

  const step = skillSteps(first).first();
  const title = (await step.getByRole("heading", { level: 3 }).textContent())!.trim();
  await step.getByText(`Why, status and more for “${title}”`).click();
  await step.getByText("How to do it, resources and your notes").click();
  const list = step.getByRole("list", { name: `Resources for “${title}”` });
  await expect(list).toBeVisible();
  await expectSafeExternalLinks(list);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `/dashboard with a step's resources open (${colorScheme})`);
  }

  // The printable plan carries the same resources.
  await page.goto("/plan/print");
  await expect(page.getByRole("list", { name: `Resources for “${title}”` })).toBeVisible();
});

test.describe("the resource library page", () => {
  test.use({ javaScriptEnabled: false });

  test("is linked from the footer and filters by skill area and kind without JavaScript", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Browse the resource library" }).click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.getByRole("heading", { level: 1, name: "Resources for your move into product" })).toBeVisible();
    const all = await page.getByRole("list", { name: "Resources" }).getByRole("listitem").count();
    expect(all).toBeGreaterThanOrEqual(40);

    await page.getByLabel("Skill area or step").selectOption({ label: "Data & analytics" });
    await page.getByLabel("Kind").selectOption({ label: "Course" });
    await page.getByRole("button", { name: "Show resources" }).click();
    await expect(page).toHaveURL(/\/resources\?area=data&kind=course$/);
    const results = page.getByRole("list", { name: "Resources" }).getByRole("listitem");
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(new RegExp(`^${count} resources? · Data & analytics · Course$`));
    for (const item of await results.all()) await expect(item).toContainText("· Course ·");
    await expectSafeExternalLinks(page.getByRole("list", { name: "Resources" }));
    // The choice stays selected after the round trip.
    await expect(page.getByLabel("Skill area or step")).toHaveValue("data");
    await expect(page.getByLabel("Kind")).toHaveValue("course");

    await page.getByLabel("Skill area or step").selectOption({ label: "Interview practice and coaches" });
    await page.getByLabel("Kind").selectOption({ label: "All kinds" });
    await page.getByRole("button", { name: "Show resources" }).click();
    await expect(page.getByRole("list", { name: "Resources" })).toContainText("Exponent");
  });
});

test("the resource library names a bad filter value at its field and still shows the library", async ({ page }) => {
  await page.goto("/resources?area=data&kind=video");
  await expect(page.getByLabel("Kind")).toHaveAccessibleDescription("Choose a kind from the list");
  await expect(page.getByLabel("Kind")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("Data & analytics");
  await expectAccessible(page, "/resources with a bad kind");
});
