// The transition workspace in a real browser: applications on the board, stage moves with conversion
// counts, a follow-up on the dashboard and in the calendar file, all still there after a reload.
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { seedAssessment, seedPlan } from "../support/seed";
import { sampleInput } from "./support/seed";

test("add two applications, move one to interviewing, see the conversion counts, reload", async ({ page, login }) => {
  test.setTimeout(120_000);
  await login({ name: "Switcher Sam" });
  await page.goto("/applications");
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add an application" });
  for (const [company, role] of [
    ["Globex", "Associate PM"],
    ["Initech", "Product Manager"],
  ] as const) {
    await form.getByLabel("Company").fill(company);
    await form.getByLabel("Role title").fill(role);
    await form.getByLabel("Stage").selectOption("applied");
    await form.getByRole("button", { name: "Add application" }).click();
    await expect(page.getByRole("link", { name: `${role} at ${company}` })).toBeVisible();
  }

  const stage = page.getByLabel("Stage of Associate PM at Globex");
  await stage.selectOption("interviewing");
  await page.getByRole("button", { name: "Move Associate PM at Globex" }).click();
  const interviewing = page.getByRole("region", { name: /^Interviewing/ });
  await expect(interviewing.getByRole("link", { name: "Associate PM at Globex" })).toBeVisible();

  const line = page.getByRole("list", { name: "Conversion from applied to offer" });
  await expect(line).toContainText("Applied: 2");
  await expect(line).toContainText("Screening: 1 (50%)");
  await expect(line).toContainText("Interviewing: 1 (100%)");
  await expect(line).toContainText("Offer: 0 (0%)");
  await expectAccessible(page);

  await page.reload();
  await expect(interviewing.getByRole("link", { name: "Associate PM at Globex" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: "Product Manager at Initech" })).toBeVisible();

  // The table sorts by company, both ways.
  await page.getByRole("link", { name: /^Company\b.*sort ascending/ }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Globex");
  await page.getByRole("link", { name: /^Company.*sort descending/ }).click();
  await expect(rows.nth(1)).toContainText("Initech");

  // The application page keeps the dated stage history.
  await page.getByRole("link", { name: "Associate PM at Globex" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Associate PM at Globex" })).toBeVisible();
  const history = page.getByRole("list").filter({ hasText: "Interviewing —" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expectAccessible(page);
});

test("a follow-up before the day it was added is refused at the field; a javascript: link never becomes a link", async ({
  page,
  login,
}) => {
  await login();
  await page.goto("/applications");
  const form = page.getByRole("form", { name: "Add an application" });
  await form.getByLabel("Company").fill("Hooli");
  await form.getByLabel("Role title").fill("APM");
  await form.getByLabel("Next follow-up").fill("2020-01-01");
  await form.getByRole("button", { name: "Add application" }).click();
  await expect(form.getByLabel("Next follow-up")).toHaveAccessibleDescription(/can't be before the day you added/);
  await form.getByLabel("Link to the posting").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Add application" }).click();
  await expect(form.getByLabel("Link to the posting")).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expect(page.getByRole("link", { name: "APM at Hooli" })).toHaveCount(0);
});

test("a rejection offers the handle-a-no step; overdue follow-ups show on the dashboard and in the calendar file", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  await db.user.update({ where: { id: user.id }, data: { timeZone: "Pacific/Auckland" } });
  const application = await db.application.create({
    data: {
      userId: user.id,
      company: "Umbrella",
      roleTitle: "Product Specialist",
      kind: "bridge",
      stage: "applied",
      followUpOn: "2026-01-05",
      createdAt: new Date("2026-01-01T00:00:00Z"),
      stageChanges: { create: { stage: "applied" } },
    },
  });
  await page.goto("/dashboard");
  const followUps = page.getByRole("region", { name: "Follow-ups" });
  await expect(followUps).toContainText("Overdue (1)");
  await expect(followUps.getByRole("link", { name: "Product Specialist at Umbrella" })).toBeVisible();

  const ics = await page.request.get("/api/v1/plan/export.ics");
  expect(ics.status()).toBe(200);
  const body = await ics.text();
  expect(body).toContain(`follow-up-${application.id}@pm-pathfinder`);
  expect(body).toContain("DTSTART;VALUE=DATE:20260105");

  await page.goto(`/applications/${application.id}`);
  await page.getByLabel("Stage of Product Specialist at Umbrella").selectOption("rejected");
  await page.getByRole("button", { name: "Move Product Specialist at Umbrella" }).click();
  const handleNo = page.getByRole("region", { name: "Handle a no" });
  await expect(handleNo).toBeVisible();
  await handleNo.getByLabel("What will you learn from it?").fill("Sharpen my metrics answers");
  await handleNo.getByLabel("Whom will you ask for feedback?").fill("The recruiter, Dana");
  await handleNo.getByRole("button", { name: "Save what you'll do next" }).click();
  await expect(handleNo.getByRole("status")).toContainText("Saved");
  await page.reload();
  await expect(page.getByLabel("Whom will you ask for feedback?")).toHaveValue("The recruiter, Dana");
  await expectAccessible(page);
});

test("log a PM met over lunch, linked to the networking step; the step shows them after a reload", async ({ page, login, db }) => {
  test.setTimeout(90_000);
  const user = await login({ name: "Networking Nia" });
  const assessment = await seedAssessment(db, user.id, sampleInput);
  const { planId } = await seedPlan(db, user.id, { assessment, tickFirst: false });
  const step = await db.planItem.findFirstOrThrow({
    where: { planId, category: "networking" },
    orderBy: [{ phase: "asc" }, { position: "asc" }],
  });

  await page.goto("/people");
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name").fill("Priya Senior PM");
  await form.getByLabel("Their role").fill("Senior PM");
  await form.getByLabel("How you met").selectOption({ label: "Lunch or coffee" });
  await form.getByLabel("Plan step").selectOption({ label: step.title });
  await form.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("link", { name: "Priya Senior PM" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Senior PM" })).toBeVisible();
  const log = page.getByRole("form", { name: "Log a conversation" });
  await log.getByLabel("What you talked about").fill("How she moved from support to product");
  await log.getByRole("button", { name: "Log conversation" }).click();
  await expect(page.getByRole("region", { name: /Conversations \(1\)/ })).toContainText("How she moved from support to product");
  await expectAccessible(page);

  await page.goto("/dashboard");
  await page.reload();
  const card = page.getByRole("article", { name: step.title });
  await expect(card.getByRole("link", { name: "Priya Senior PM" })).toBeVisible();
});

test("log a mock interview scoring execution 3; the chart and its table show it after a reload", async ({ page, login }) => {
  await login();
  await page.goto("/practice");
  const form = page.getByRole("form", { name: "Log a practice session" });
  await form.getByLabel("Type of interview").selectOption({ label: "Execution / metrics" });
  await form.getByLabel("With whom").selectOption({ label: "A peer" });
  await form.getByLabel("Execution & prioritisation score").selectOption("3");
  await form.getByLabel("Data & analytics score").selectOption("2");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("Session logged");
  await page.reload();
  await expect(page.getByRole("img", { name: /Execution: 3 to 3 over 1 session/ })).toBeVisible();
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("table", { name: "Self-scores by date and skill area" })).toContainText("3");
  await expect(page.getByRole("region", { name: "Sessions (1)" })).toContainText("Execution 3/5");
  await expectAccessible(page);
});

test("write a story tagged data; the data gap is no longer flagged and the story is still there after a reload", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  await seedAssessment(db, user.id, { ...sampleInput, skills: { ...sampleInput.skills, data: 1 } });
  await page.goto("/stories");
  await expect(page.getByRole("region", { name: "Gaps without a story" })).toContainText("No story yet for data & analytics");
  const form = page.getByRole("form", { name: "Write a story" });
  await form.getByLabel("Title").fill("The churn cohort analysis");
  await form.getByLabel("Situation").fill("Churn was rising and nobody knew why.");
  await form.getByLabel("Result").fill("Churn fell 5% in a quarter.");
  await form.getByRole("checkbox", { name: "Data & analytics" }).check();
  await form.getByRole("button", { name: "Add story" }).click();
  await expect(form.getByRole("status")).toContainText("Story added");
  await page.reload();
  const story = page.getByRole("article", { name: "The churn cohort analysis" });
  await expect(story.getByRole("list", { name: "Skill areas" })).toContainText("Data & analytics");
  await expect(page.getByText("No story yet for data & analytics")).toHaveCount(0);
  await expectAccessible(page);
});

test("re-assessing shows the logged evidence at the skill step, and a gentle prompt for a high rating without any", async ({
  page,
  login,
  db,
}) => {
  test.setTimeout(90_000);
  const user = await login();
  await seedAssessment(db, user.id, sampleInput, new Date(Date.now() - 10 * 864e5));
  await db.practiceSession.create({
    data: {
      userId: user.id,
      type: "execution",
      heldOn: "2026-03-03",
      withWhom: "peer",
      scores: {
        create: [
          { area: "execution", score: 3 },
          { area: "data", score: 2 },
        ],
      },
    },
  });
  await db.story.create({ data: { userId: user.id, title: "The churn cohort analysis", areas: { create: [{ area: "data" }] } } });

  await page.goto("/assessment");
  for (let step = 2; step <= 5; step++) {
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByRole("heading", { name: new RegExp(`^Step ${step} of 5`) })).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "What you logged for Execution & prioritisation" })).toContainText(
    "Execution / metrics on 3 March 2026, scored 3/5",
  );
  await expect(page.getByRole("group", { name: "What you logged for Data & analytics" })).toContainText("Story: The churn cohort analysis");
  await page.getByRole("radiogroup", { name: "Business acumen" }).getByRole("radio", { name: /^5 · / }).check();
  const business = page.getByRole("group", { name: "What you logged for Business acumen" });
  await expect(business.getByRole("status")).toContainText("add an example");
  await expectAccessible(page, "re-assessment with evidence");
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page).toHaveURL(/\/assessment\/(?!preview)[^/?]+$/, { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "How your logged evidence counts" })).toBeVisible();
});
