import type { Page } from "@playwright/test";
import type { AssessmentInput } from "../../src/domain/assessment";
import { CATEGORY_LABELS, type PlanItemCategory } from "../../src/domain/plan";
import type { Db } from "../../src/server/db";
import { expectAccessible } from "./support/a11y";
import { expect, tabTo, test } from "./support/fixtures";
import { seedAssessment } from "../support/seed";

/** A tenured engineer at a company with PMs and a supportive manager: the internal move is recommended. */
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

function storeAssessment(db: Db, userId: string, input: AssessmentInput = ENGINEER) {
  return seedAssessment(db, userId, input);
}

/** The active plan's items as stored, in display order. */
async function storedItems(db: Db, userId: string) {
  return db.planItem.findMany({
    where: { plan: { userId, archivedAt: null }, archivedAt: null },
    orderBy: [{ phase: "asc" }, { position: "asc" }],
  });
}

async function buildPlanFromRecommendation(page: Page, assessmentId: string) {
  await page.goto(`/plan/new?assessment=${assessmentId}`);
  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await boardReady(page);
}

/** The board's controls stay disabled until React has hydrated it; keyboard tests must not race that. */
async function boardReady(page: Page) {
  await expect(page.getByRole("radio", { name: /^All/ })).toBeEnabled();
}

const overall = (page: Page) => page.getByRole("progressbar", { name: "Overall progress" });
const markDone = (page: Page, title: string) => page.getByRole("checkbox", { name: `Mark “${title}” done` });
/** Opens a compact plan row's "Why, status and more", where its status select and move buttons live. */
const openStep = (page: Page, title: string) => page.getByText(`Why, status and more for “${title}”`).click();
const phase = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });

function summary(finished: number, total: number) {
  return `${finished} of ${total} done or skipped · ${Math.round((finished / total) * 100)}%`;
}

test("builds a plan from the recommendation, ticks two items and keeps them after a reload", async ({ page, db, login }) => {
  const user = await login();
  const assessment = await storeAssessment(db, user.id);

  await page.goto(`/plan/new?assessment=${assessment.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Build your 90-day plan" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Internal move/ })).toBeChecked();
  await expect(page.getByRole("radio")).toHaveCount(3);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Internal move" })).toBeVisible();
  await expect(page.getByText(/Day 1 of 90 · First 30 days/)).toBeVisible();
  const items = await storedItems(db, user.id);
  const total = items.length;
  await expect(page.getByText(summary(0, total))).toBeVisible();
  await expect(page.getByRole("region", { name: "Next three actions" }).getByRole("link")).toHaveCount(3);
  await expectAccessible(page);

  const [first, second] = items;
  await markDone(page, first!.title).check();
  await markDone(page, second!.title).check();
  // Optimistic: the numbers move at once, before the server answers.
  await expect(page.getByText(summary(2, total))).toBeVisible();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "2");
  const category = first!.category as PlanItemCategory;
  const categoryDone = items.slice(0, 2).filter((i) => i.category === category).length;
  await page.getByText("By kind of step").click();
  await expect(page.getByRole("progressbar", { name: `${CATEGORY_LABELS[category]} progress` })).toHaveAttribute(
    "aria-valuenow",
    String(categoryDone),
  );
  await expect.poll(async () => (await storedItems(db, user.id)).filter((i) => i.status === "done").length).toBe(2);

  await page.reload();
  await expect(markDone(page, first!.title)).toBeChecked();
  await expect(markDone(page, second!.title)).toBeChecked();
  await expect(page.getByText(summary(2, total))).toBeVisible();
  await expect(overall(page)).toHaveAttribute("aria-valuenow", "2");

  // Filtering by status is client-side and counts what each option shows.
  await page.getByRole("radio", { name: "Done (2)" }).check();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole("radio", { name: `All (${total})` }).check();
  await expect(page.getByRole("article")).toHaveCount(total);
});

test("adds a custom item, edits its title and notes, keeps them after a reload, then deletes it", async ({ page, db, login }) => {
  const user = await login();
  const assessment = await storeAssessment(db, user.id);
  await buildPlanFromRecommendation(page, assessment.id);

  const addForm = page.getByRole("region", { name: "Add your own step" });
  await addForm.getByLabel("Title").fill("Shadow a PM for a day");
  await addForm.getByLabel("Description (optional)").fill("Ask Priya which day suits her.");
  await addForm.getByLabel("Phase").selectOption({ label: "Days 31–60" });
  await addForm.getByRole("button", { name: "Add step" }).click();

  const added = phase(page, "Days 31–60").getByRole("article", { name: "Shadow a PM for a day" });
  await expect(added).toBeVisible();
  await expect(added).toContainText("Your own step");
  await expect(addForm.getByLabel("Title")).toHaveValue("");

  await openStep(page, "Shadow a PM for a day");
  await added.getByText("Description, notes and editing").click();
  await expect(added).toContainText("Ask Priya which day suits her.");
  await added.getByRole("button", { name: "Edit “Shadow a PM for a day”" }).click();
  await expect(added.getByLabel("Step title")).toBeFocused();
  await added.getByLabel("Step title").fill("Shadow a senior PM for a day");
  await added.getByRole("button", { name: "Save changes" }).click();

  const renamed = page.getByRole("article", { name: "Shadow a senior PM for a day" });
  await expect(renamed).toBeVisible();
  await renamed.getByLabel("Your notes on “Shadow a senior PM for a day”").fill("Booked for the 14th.");
  await expect(renamed.getByText("20 / 2,000 characters")).toBeVisible();
  await renamed.getByRole("button", { name: "Save note on “Shadow a senior PM for a day”" }).click();
  await expect(renamed.getByRole("status").filter({ hasText: "Note saved." })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  const kept = phase(page, "Days 31–60").getByRole("article", { name: "Shadow a senior PM for a day" });
  await expect(kept).toContainText("has a note");
  await openStep(page, "Shadow a senior PM for a day");
  await kept.getByText("Description, notes and editing").click();
  await expect(kept.getByLabel("Your notes on “Shadow a senior PM for a day”")).toHaveValue("Booked for the 14th.");
  await expect(kept).toContainText("Ask Priya which day suits her.");

  await kept.getByRole("button", { name: "Delete “Shadow a senior PM for a day”" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("article", { name: "Shadow a senior PM for a day" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Days 31–60/ })).toBeFocused();
  await expect.poll(async () => (await storedItems(db, user.id)).some((i) => i.custom)).toBe(false);
});

test("ticking, reordering and adding work with the keyboard alone", async ({ page, db, login }) => {
  // Plans carry up to 22 steps now (docs/decisions/0014), so tabbing past them to the form takes longer.
  test.setTimeout(120_000);
  const user = await login();
  const assessment = await storeAssessment(db, user.id);
  await buildPlanFromRecommendation(page, assessment.id);
  const items = await storedItems(db, user.id);
  const [first, second] = items;

  // Tick: Tab to the checkbox, Space.
  await boardReady(page);
  await tabTo(page, markDone(page, first!.title));
  await page.keyboard.press("Space");
  await expect(markDone(page, first!.title)).toBeChecked();
  await expect(page.getByText(summary(1, items.length))).toBeVisible();

  // Reorder: the second item of the first phase moves to the top; focus stays on its controls.
  await openStep(page, second!.title);
  const moveUp = page.getByRole("button", { name: `Move up “${second!.title}”` });
  await tabTo(page, moveUp);
  await page.keyboard.press("Enter");
  const firstPhase = phase(page, "First 30 days").getByRole("article");
  await expect(firstPhase.first()).toHaveAccessibleName(second!.title);
  await expect(page.getByRole("button", { name: `Move down “${second!.title}”` })).toBeFocused();
  await expect(moveUp).toBeDisabled();

  // Add: Tab into the form, type, Tab on to the button, Enter.
  const addForm = page.getByRole("region", { name: "Add your own step" });
  await tabTo(page, addForm.getByLabel("Title"), 200);
  await page.keyboard.type("Join a product community");
  await tabTo(page, addForm.getByRole("button", { name: "Add step" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: "Join a product community" })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(markDone(page, first!.title)).toBeChecked();
  await expect(phase(page, "First 30 days").getByRole("article").first()).toHaveAccessibleName(second!.title);
  await expect(page.getByRole("article", { name: "Join a product community" })).toBeVisible();
});

test("a change made in another tab wins, and the stale tab says so and shows the fresh status", async ({ page, db, login }) => {
  const user = await login();
  const assessment = await storeAssessment(db, user.id);
  await buildPlanFromRecommendation(page, assessment.id);
  const [item] = await storedItems(db, user.id);
  const title = item!.title;

  const other = await page.context().newPage();
  await other.goto("/dashboard");
  await expect(markDone(other, title)).not.toBeChecked();

  await markDone(page, title).check();
  await expect.poll(async () => (await db.planItem.findUnique({ where: { id: item!.id } }))?.status).toBe("done");

  await openStep(other, title);
  await other.getByLabel(`Status of “${title}”`).selectOption("in_progress");
  const card = other.getByRole("article", { name: title });
  await expect(card.getByRole("alert")).toContainText("changed elsewhere");
  await expect(other.getByLabel(`Status of “${title}”`)).toHaveValue("done");
  await expect(markDone(other, title)).toBeChecked();
  await expectAccessible(other);
  expect((await db.planItem.findUnique({ where: { id: item!.id } }))?.status).toBe("done");

  // The stale tab now holds the fresh version, so its next change goes through.
  await other.getByLabel(`Status of “${title}”`).selectOption("in_progress");
  await expect.poll(async () => (await db.planItem.findUnique({ where: { id: item!.id } }))?.status).toBe("in_progress");
  await other.close();
});

test("the dashboard guides a user with no assessment, then one with no plan yet", async ({ page, db, login }) => {
  const user = await login({ name: "Grace Hopper" });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Grace Hopper" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start with your assessment" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the assessment" })).toHaveAttribute("href", "/assessment");
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expectAccessible(page);

  const assessment = await storeAssessment(db, user.id);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Turn your assessment into a plan" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Internal move");
  await expect(page.getByRole("link", { name: "Build my plan" })).toHaveAttribute("href", `/plan/new?assessment=${assessment.id}`);
  await expect(page.getByRole("link", { name: "See my latest result" })).toHaveAttribute("href", `/assessment/${assessment.id}`);
  await expectAccessible(page);
});

test("a finished plan is celebrated; building another keeps the old one in history", async ({ page, db, login }) => {
  const user = await login();
  const assessment = await storeAssessment(db, user.id);
  await buildPlanFromRecommendation(page, assessment.id);
  await db.planItem.updateMany({ where: { plan: { userId: user.id } }, data: { status: "done" } });
  await db.planItem.updateMany({ where: { plan: { userId: user.id }, phase: 3 }, data: { status: "skipped" } });

  await page.reload();
  await expect(page.getByRole("heading", { name: "You've worked through your whole plan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Re-assess where you stand" })).toHaveAttribute("href", "/assessment");
  await expectAccessible(page);

  await page.goto(`/plan/new?assessment=${assessment.id}`);
  await expect(page.getByText(/You already have a plan \(Internal move, started/)).toBeVisible();
  await page.getByRole("radio", { name: /A PM role at a new company/ }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Build my plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "A PM role at a new company" })).toBeVisible();
  await expect(page.getByText(/^0 of \d+ done or skipped · 0%$/)).toBeVisible();
  expect(await db.plan.count({ where: { userId: user.id } })).toBe(2);
});

test("another user's assessment cannot be planned from", async ({ page, db, login }) => {
  const owner = await login({ name: "Owner", signIn: false });
  const theirs = await storeAssessment(db, owner.id);
  await login({ name: "Someone Else" });
  const response = await page.goto(`/plan/new?assessment=${theirs.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("button", { name: "Build my plan" })).toHaveCount(0);
});
