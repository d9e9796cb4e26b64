// Issue 13's small gaps: a practice session and a story can be edited (same checks, version guard; the
// "changed elsewhere" refusal stays while the form reloads), and a logged conversation can be deleted after a
// confirmation.
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

test("edit a practice session; a save from a stale page is refused and the latest version loads", async ({ page, login, db }) => {
  const user = await login();
  const session = await db.practiceSession.create({
    data: {
      userId: user.id,
      type: "execution",
      heldOn: "2026-01-03",
      withWhom: "peer",
      scores: {
        create: [
          { area: "execution", score: 3 },
          { area: "data", score: 2 },
        ],
      },
    },
  });
  await page.goto("/practice");
  const sessions = page.getByRole("region", { name: "Sessions (1)" });
  await sessions.locator("summary", { hasText: "Edit Execution / metrics on 3 January 2026" }).click();
  const form = page.getByRole("form", { name: "Edit Execution / metrics on 3 January 2026" });
  await expect(form.getByLabel("Execution & prioritisation score")).toHaveValue("3");
  await form.getByLabel("Execution & prioritisation score").selectOption("4");
  await form.getByLabel("Notes").fill("Much clearer metrics tree this time.");
  await form.getByRole("button", { name: "Save session" }).click();
  // "Saved." is kept beside the form, so it outlasts the form's reload on the new version.
  await expect(form.getByLabel("Notes")).toHaveValue("Much clearer metrics tree this time.");
  await expect(sessions.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(sessions).toContainText("Execution 4/5");
  await expect(sessions).toContainText("Much clearer metrics tree this time.");
  await expectAccessible(page);

  // Someone saved it elsewhere in the meantime: this page's copy is stale.
  await sessions.locator("summary", { hasText: "Edit Execution / metrics on 3 January 2026" }).click();
  await db.practiceSession.update({ where: { id: session.id }, data: { version: { increment: 1 }, withWhom: "coach" } });
  await form.getByLabel("Data & analytics score").selectOption("5");
  await form.getByRole("button", { name: "Save session" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "changed elsewhere" });
  await expect(refusal).toBeVisible();
  expect(await db.practiceScore.findFirstOrThrow({ where: { sessionId: session.id, area: "data" } })).toMatchObject({ score: 2 });
  await expect(sessions).toContainText("A coach");
  // The form has reloaded with the latest version, and the refusal is still there to read.
  await expect(form.getByLabel("With whom")).toHaveValue("coach");
  await expect(refusal).toBeVisible();
});

test("edit a story; a save from a stale page is refused, the latest version loads and the message stays", async ({ page, login, db }) => {
  const user = await login();
  const story = await db.story.create({
    data: { userId: user.id, title: "The churn cohort analysis", situation: "Churn was rising.", areas: { create: [{ area: "data" }] } },
  });
  await page.goto("/stories");
  const article = page.getByRole("article", { name: "The churn cohort analysis" });
  await article.locator("summary", { hasText: "Edit" }).click();
  const form = page.getByRole("form", { name: "Edit story The churn cohort analysis" });
  await form.getByLabel("Result").fill("Churn fell by a fifth.");
  await form.getByRole("button", { name: "Save story" }).click();
  await expect(article).toContainText("Result: Churn fell by a fifth.");

  // Someone saved it elsewhere in the meantime: this page's copy is stale.
  await db.story.update({ where: { id: story.id }, data: { version: { increment: 1 }, situation: "Churn had doubled in a quarter." } });
  await form.getByLabel("Action").fill("Written from the stale page.");
  await form.getByRole("button", { name: "Save story" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "This story changed elsewhere" });
  await expect(refusal).toBeVisible();
  // The form reloads with the latest version (the stale text is gone) and the refusal does not vanish with it.
  await expect(form.getByLabel("Situation")).toHaveValue("Churn had doubled in a quarter.");
  await expect(form.getByLabel("Action")).toHaveValue("");
  await expect(refusal).toBeVisible();
  await expect(form.getByRole("status")).toHaveCount(0);
  expect(await db.story.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ action: "", version: story.version + 2 });
  await expectAccessible(page);

  // Saving from the reloaded form goes through and clears the refusal.
  await form.getByLabel("Action").fill("Built a cohort view and ran three interviews.");
  await form.getByRole("button", { name: "Save story" }).click();
  await expect(refusal).toHaveCount(0);
  await expect(form.getByLabel("Action")).toHaveValue("Built a cohort view and ran three interviews.");
  await expect(article.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("article", { name: "The churn cohort analysis" })).toContainText("Churn had doubled in a quarter.");
});

test("delete a logged conversation after confirming; keeping it changes nothing", async ({ page, login, db }) => {
  const user = await login();
  const person = await db.person.create({
    data: {
      userId: user.id,
      name: "Priya the PM",
      howMet: "lunch",
      conversations: {
        create: [
          { heldOn: "2026-01-02", notes: "Roadmaps" },
          { heldOn: "2026-01-09", notes: "Hiring loops" },
        ],
      },
    },
  });
  await page.goto(`/people/${person.id}`);
  const conversations = page.getByRole("region", { name: "Conversations (2)" });
  await conversations.getByRole("button", { name: /^Delete the conversation on 2 January 2026/ }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(conversations).toContainText("Roadmaps");

  await conversations.getByRole("button", { name: /^Delete the conversation on 2 January 2026/ }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, delete the conversation on 2 January 2026" }).click();
  const remaining = page.getByRole("region", { name: "Conversations (1)" });
  await expect(remaining).toContainText("Hiring loops");
  await expect(remaining).not.toContainText("Roadmaps");
  expect(await db.conversation.count({ where: { personId: person.id } })).toBe(1);
  await page.reload();
  await expect(page.getByRole("region", { name: "Conversations (1)" })).not.toContainText("Roadmaps");
  await expectAccessible(page);
});

test("delete a story, a person and an application in two steps, each gone for good", async ({ page, login, db }) => {
  const user = await login();
  await db.story.create({ data: { userId: user.id, title: "The onboarding funnel", areas: { create: [{ area: "data" }] } } });
  const person = await db.person.create({ data: { userId: user.id, name: "Sam the PM", howMet: "lunch" } });
  const application = await db.application.create({
    data: {
      userId: user.id,
      company: "Initech",
      roleTitle: "Associate PM",
      kind: "associate_pm",
      stage: "applied",
      stageChanges: { create: { stage: "applied" } },
    },
  });

  await page.goto("/stories");
  const story = page.getByRole("article", { name: "The onboarding funnel" });
  await story.getByRole("button", { name: /^Delete story The onboarding funnel/ }).click();
  await expectAccessible(page);
  await story.getByRole("button", { name: "Yes, delete The onboarding funnel" }).click();
  await expect(page.getByRole("article", { name: "The onboarding funnel" })).toHaveCount(0);
  expect(await db.story.count({ where: { userId: user.id } })).toBe(0);

  await page.goto(`/people/${person.id}`);
  await page.getByRole("button", { name: "Delete person…" }).click();
  await expect(page.getByText("Delete Sam the PM and the conversations you logged?")).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/people$/);
  expect(await db.person.count({ where: { userId: user.id } })).toBe(0);

  await page.goto(`/applications/${application.id}`);
  await page.getByRole("button", { name: "Delete application…" }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  expect(await db.application.count({ where: { userId: user.id } })).toBe(1);
  await page.getByRole("button", { name: "Delete application…" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/applications$/);
  expect(await db.application.count({ where: { userId: user.id } })).toBe(0);
});
