// Coming back: re-assessing shows what moved, the plan follows a changed recommendation without losing
// work, and the history page (timeline, comparison, charts) is accessible.
import type { Page } from "@playwright/test";
import type { AssessmentInput } from "../../src/domain/assessment";
import { dayLabel } from "../../src/domain/history";
import type { Db } from "../../src/server/db";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { seedAssessment } from "../support/seed";
import { createPlanFor } from "../../src/server/plan/rows";

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

/** A data analyst at a company without PMs who wants mentorship: junior PM is recommended. */
const NO_PMS: AssessmentInput = {
  currentRole: "data_analyst",
  yearsExperience: 4,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 3, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 4, technical: 3, execution: 3, communication: 3, leadership: 2, business: 2 },
};

/** The same person after their company hired PMs they now work with, with a manager who backs the move. */
const WITH_PMS: AssessmentInput = {
  ...NO_PMS,
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
};

function storeAssessment(db: Db, userId: string, input: AssessmentInput, createdAt: Date) {
  return seedAssessment(db, userId, input, createdAt);
}

/** A plan made from the assessment as createPlanAction makes it, `createdAt`. */
async function storePlan(db: Db, userId: string, assessment: { id: string; input: unknown; result: unknown }, createdAt: Date) {
  const { plan } = await createPlanFor(db, userId, assessment, { now: createdAt });
  await db.activityEvent.create({ data: { userId, kind: "plan_created", createdAt } });
  return db.plan.findUniqueOrThrow({ where: { id: plan.id }, include: { items: true } });
}

async function markDone(db: Db, userId: string, itemId: string, at: Date) {
  await db.planItem.update({ where: { id: itemId }, data: { status: "done", statusChangedAt: at, version: { increment: 1 } } });
  await db.activityEvent.create({ data: { userId, kind: "item_done", itemId, createdAt: at } });
}

const nextButton = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

test("a re-assessment with higher skills through the questionnaire shows positive deltas", async ({ page, db, login }) => {
  const user = await login();
  await storeAssessment(db, user.id, NO_PMS, daysAgo(35));

  await page.goto("/assessment");
  await expect(page.getByText("We've filled in your last answers — change what's changed.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Data analyst or data scientist" })).toBeChecked();
  await expectAccessible(page, "re-assessment, step 1");
  for (let step = 2; step <= 5; step++) {
    await nextButton(page).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Step ${step} of 5`) })).toBeVisible();
  }
  // Last time: strategy 2, customer insight 2, business 2. Rated one level higher each now.
  for (const area of ["Product strategy & vision", "Customer insight & user research", "Business acumen"]) {
    await page.getByRole("radiogroup", { name: area }).getByRole("radio", { name: /^3 · / }).check();
  }
  await expectAccessible(page, "re-assessment, skills");
  await page.getByRole("button", { name: "See my result" }).click();

  // Scoring, saving and (on a cold dev server) compiling the result page can take a while.
  await expect(page).toHaveURL(/\/assessment\/(?!preview)[^/?]+$/, { timeout: 30_000 });
  const since = page.getByRole("region", { name: "Since your last assessment" });
  await expect(since).toContainText(
    "Product strategy & vision (+1 level), Customer insight & user research (+1 level) and Business acumen (+1 level)",
  );
  await expect(since.getByText(/^up \d+ points? since last time$/)).toHaveCount(1);
  await expectAccessible(page, "result with changes");

  await page.goto("/history");
  const timeline = page.getByRole("region", { name: "Your assessments" }).getByRole("listitem");
  await expect(timeline).toHaveCount(2);
  await expect(timeline.first()).toContainText("Assessment 2");
  await expect(timeline.first().getByText(/^up \d+ points?$/)).toHaveCount(1);
  const comparison = page.getByRole("table", { name: /Assessment 1 compared with Assessment 2/ });
  await expect(comparison.getByRole("row", { name: /Product strategy & vision/ })).toContainText("up 1 level");
  await expect(comparison.getByRole("row", { name: /Data & analytics/ })).toContainText("no change");
  await expect(comparison.getByRole("row", { name: /^Readiness/ })).toContainText(/up \d+ points?/);
  await expectAccessible(page, "history after re-assessing");
});

test("a plan follows a changed recommendation: work is kept, new steps added, untouched ones archived and restorable", async ({
  page,
  db,
  login,
}) => {
  const user = await login();
  const first = await storeAssessment(db, user.id, NO_PMS, daysAgo(20));
  const plan = await storePlan(db, user.id, first, daysAgo(20));
  expect(plan.path).toBe("junior_pm");
  const done = plan.items.find((item) => item.templateKey === "path.junior.fit_industries")!;
  const doneAt = daysAgo(10);
  await markDone(db, user.id, done.id, doneAt);
  const custom = await db.planItem.create({
    data: {
      planId: plan.id,
      title: "Coffee with the data team lead",
      why: "You added this step yourself.",
      category: "experience",
      phase: 1,
      position: 6,
      custom: true,
    },
  });
  const second = await storeAssessment(db, user.id, WITH_PMS, daysAgo(0));
  expect(second.recommendedPath).toBe("internal_move");

  // The history page notices the plan no longer follows the recommendation.
  await page.goto("/history");
  const checkIn = page.getByRole("region", { name: /check-in/ });
  await expect(checkIn).toContainText("Your latest assessment recommends Internal move");
  await checkIn.getByRole("link", { name: "Review how your plan would change" }).click();
  await expect(page).toHaveURL(new RegExp(`/plan/update\\?assessment=${second.id}$`));

  await expect(page.getByRole("heading", { level: 1, name: "Update your plan" })).toBeVisible();
  await expect(
    page.getByText(/new items for the internal move path; \d+ untouched items no longer apply and will be archived/),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: /^Will be added/ })).toContainText("Make the case to your manager");
  await expect(page.getByRole("region", { name: /^Will be set aside/ })).toContainText("Lead your resume with your most product-like work");
  const kept = page.getByRole("region", { name: /^Will stay as they are/ });
  await expect(kept.getByRole("listitem").filter({ hasText: done.title })).toContainText("Done on");
  await expect(kept.getByRole("listitem").filter({ hasText: custom.title })).toContainText("Added by you");
  await expectAccessible(page, "plan update preview");

  await page.getByRole("button", { name: "Update my plan" }).click();
  const outcome = page.getByRole("status").filter({ hasText: "Your plan now follows Internal move." });
  await expect(outcome).toBeVisible();
  await expect(page.getByText(/^Nothing to change/)).toHaveCount(0);
  const archived = page.getByRole("region", { name: "Set aside by a plan update" });
  await expect(archived).toContainText("Lead your resume with your most product-like work");
  await expectAccessible(page, "plan update applied");

  const rows = await db.planItem.findMany({ where: { planId: plan.id } });
  const row = (id: string) => rows.find((r) => r.id === id)!;
  expect(row(done.id)).toMatchObject({ status: "done", archivedAt: null });
  expect(row(done.id).statusChangedAt?.getTime()).toBe(doneAt.getTime());
  expect(row(custom.id)).toMatchObject({ custom: true, archivedAt: null, title: "Coffee with the data team lead" });
  expect(rows.find((r) => r.templateKey === "path.internal.manager_case")).toMatchObject({ archivedAt: null, status: "todo" });
  const resume = rows.find((r) => r.templateKey === "path.junior.resume_first")!;
  expect(resume.archivedAt).not.toBeNull();
  expect(rows.length).toBeGreaterThan(plan.items.length + 1); // nothing deleted, new items added
  expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ path: "internal_move", assessmentId: second.id });

  await archived.getByRole("button", { name: `Restore “${resume.title}”` }).click();
  await expect(archived.getByRole("status")).toContainText(`“${resume.title}” is back in your plan`);
  await expect(archived.getByRole("button", { name: `Restore “${resume.title}”` })).toHaveCount(0);
  await expect.poll(async () => (await db.planItem.findUniqueOrThrow({ where: { id: resume.id } })).archivedAt).toBeNull();
  await expectAccessible(page, "after restoring an item");
});

test("the history page shows the timeline, a comparison and the charts, accessibly in both themes", async ({ page, db, login }) => {
  const user = await login();
  const first = await storeAssessment(db, user.id, NO_PMS, daysAgo(60));
  const middle = await storeAssessment(db, user.id, { ...NO_PMS, skills: { ...NO_PMS.skills, strategy: 3 } }, daysAgo(30));
  const latest = await storeAssessment(db, user.id, { ...WITH_PMS, skills: { ...NO_PMS.skills, strategy: 3, leadership: 3 } }, daysAgo(1));
  const plan = await storePlan(db, user.id, first, daysAgo(58));
  const busyDay = daysAgo(3);
  for (const [index, item] of plan.items.slice(0, 5).entries())
    await markDone(db, user.id, item.id, index < 2 ? busyDay : daysAgo(20 + index));

  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "Your history" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your assessments" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("link", { name: /View result of Assessment 3/ })).toHaveAttribute("href", `/assessment/${latest.id}`);
  // By default the first is compared with the latest.
  await expect(page.getByRole("table", { name: /Assessment 1 compared with Assessment 3/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Skill shape: your first and latest assessment/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Plan items completed per week" })).toBeVisible();
  await expect(page.getByText(/^5 items completed in the last \d+ weeks/)).toBeVisible();
  const heatmap = page.getByRole("group", { name: "Your activity, last 12 weeks" });
  await expect(heatmap.getByRole("img", { name: `${dayLabel(busyDay)}: 2 actions` })).toBeVisible();
  expect(await heatmap.getByRole("img").count()).toBeGreaterThanOrEqual(78); // 12 weeks, minus days still to come
  await expectAccessible(page, "history");

  // Compare the two most recent, with the GET form.
  await page.getByLabel("Compare assessment", { exact: true }).selectOption(middle.id);
  await page.getByLabel("With assessment", { exact: true }).selectOption(latest.id);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/history\?a=[^&]+&b=[^&#]+/);
  const table = page.getByRole("table", { name: /Assessment 2 compared with Assessment 3/ });
  await expect(table.getByRole("row", { name: /Leadership & collaboration/ })).toContainText("up 1 level");
  await expect(table.getByRole("row", { name: /Recommended path/ })).toContainText("Changed");

  // Every table alternative open, in the dark theme too.
  for (const summary of await page.getByText("Show as a table").all()) await summary.click();
  await expectAccessible(page, "history with tables open");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "history, dark theme");
});
