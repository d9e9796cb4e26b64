import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { expect, tabTo, test } from "./support/fixtures";

const DRAFT_KEY = "pathfinder.assessmentDraft.v1";
const PENDING_KEY = "pathfinder.pendingAssessment.v1";

const STEP_TITLES = ["Your role", "Your company", "Your preferences", "What you've done", "Your skills"];

function stepHeading(page: Page, step: number) {
  return page.getByRole("heading", { name: `Step ${step} of 5: ${STEP_TITLES[step - 1]}` });
}
const nextButton = (page: Page) => page.getByRole("button", { name: "Next", exact: true });
const group = (page: Page, name: string | RegExp) => page.getByRole("radiogroup", { name });
const storedItem = (page: Page, key: string) => page.evaluate((k) => JSON.parse(window.localStorage.getItem(k) ?? "null") as unknown, key);

async function choose(page: Page, question: string | RegExp, option: string | RegExp) {
  await group(page, question).getByRole("radio", { name: option }).check();
}

async function answerRoleStep(page: Page, role: string, years: string) {
  await choose(page, "What's your current role?", role);
  await page.getByLabel("How many years have you worked in total?").fill(years);
}

async function answerCompanyStep(page: Page, tenure: string) {
  await choose(page, /employ product managers/, "Yes");
  await choose(page, /work with them/, "Yes");
  await page.getByLabel("How long have you been at this company?").fill(tenure);
  await choose(page, /manager support/, /would back/);
}

/** Presses Tab to reach a radio group (landing on its first option), then arrows down to option `n` (1-based). */
async function pickWithArrows(page: Page, question: string | RegExp, n: number) {
  const radios = group(page, question).getByRole("radio");
  await tabTo(page, radios.first());
  if (n === 1) await page.keyboard.press("Space");
  for (let i = 1; i < n; i++) await page.keyboard.press("ArrowDown");
  await expect(radios.nth(n - 1)).toBeChecked();
}

async function pressNextWithKeyboard(page: Page, nextStep: number) {
  await tabTo(page, nextButton(page));
  await page.keyboard.press("Enter");
  await expect(stepHeading(page, nextStep)).toBeFocused();
  await expectAccessible(page, `step ${nextStep}`);
}

test("a visitor answers every step with the keyboard alone and reaches the preview", async ({ page }) => {
  // Five steps, each with an axe scan, walked key by key.
  test.setTimeout(120_000);
  await page.goto("/assessment");
  await expect(stepHeading(page, 1)).toBeVisible();
  await expectAccessible(page, "step 1");

  // Step 1: arrows move through the role options; Enter in the years field submits the step.
  await pickWithArrows(page, "What's your current role?", 3);
  await expect(page.getByRole("radio", { name: "Data analyst or data scientist" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("How many years have you worked in total?")).toBeFocused();
  await page.keyboard.type("6");
  await page.keyboard.press("Enter");
  await expect(stepHeading(page, 2)).toBeFocused();
  await expectAccessible(page, "step 2");

  // Step 2, including a Shift+Tab correction and a trip Back and forth.
  await pickWithArrows(page, /employ product managers/, 1);
  await pickWithArrows(page, /work with them/, 1);
  await page.keyboard.press("Tab");
  await page.keyboard.type("2");
  await pickWithArrows(page, /manager support/, 2);
  await page.keyboard.press("Shift+Tab");
  const tenure = page.getByLabel("How long have you been at this company?");
  await expect(tenure).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("3.5");
  await tabTo(page, page.getByRole("button", { name: "Back" }));
  await page.keyboard.press("Enter");
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(page.getByLabel("How many years have you worked in total?")).toHaveValue("6");
  await pressNextWithKeyboard(page, 2);
  await expect(tenure).toHaveValue("3.5");
  await pressNextWithKeyboard(page, 3);

  // Step 3
  await pickWithArrows(page, /uncertainty/, 2);
  await pickWithArrows(page, /mentoring/, 4);
  await pressNextWithKeyboard(page, 4);

  // Step 4
  await pickWithArrows(page, /side project/, 1);
  await pickWithArrows(page, /led work across teams/, 2);
  await pickWithArrows(page, /customers or users/, 1);
  await pressNextWithKeyboard(page, 5);

  // Step 5: the eight skill areas, in display order.
  const ratings = [2, 3, 4, 3, 2, 3, 2, 3];
  const areas = [
    "Product strategy & vision",
    "Customer insight & user research",
    "Data & analytics",
    "Technical fluency",
    "Execution & prioritisation",
    "Communication & stakeholder management",
    "Leadership & collaboration",
    "Business acumen",
  ];
  for (const [index, area] of areas.entries()) await pickWithArrows(page, area, ratings[index]!);

  await tabTo(page, page.getByRole("button", { name: "See my result" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assessment\/preview$/);
  // The preview itself is another feature's; this test checks the hand-over through localStorage.
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  await expectAccessible(page, "preview");
  expect(await storedItem(page, PENDING_KEY)).toEqual({
    currentRole: "data_analyst",
    yearsExperience: 6,
    employment: "employed",
    company: { employsPMs: true, worksWithPMs: true, tenureYears: 3.5, managerSupport: "unsure" },
    riskTolerance: 2,
    wantsMentorship: 4,
    evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: true },
    skills: {
      strategy: 2,
      customer_insight: 3,
      data: 4,
      technical: 3,
      execution: 2,
      communication: 3,
      leadership: 2,
      business: 3,
    },
  });
  expect(await storedItem(page, DRAFT_KEY)).toBeNull();
});

test("invalid answers show an error at the field and keep the person on the step", async ({ page }) => {
  await page.goto("/assessment");
  const years = page.getByLabel("How many years have you worked in total?");

  await nextButton(page).click();
  await expect(group(page, "What's your current role?")).toHaveAttribute("aria-invalid", "true");
  await expect(group(page, "What's your current role?").getByRole("radio").first()).toBeFocused();
  await expect(years).toHaveAccessibleDescription(/Enter your years of work experience/);
  await expectAccessible(page, "step 1 with errors");

  await choose(page, "What's your current role?", "Marketing");
  for (const [typed, message] of [
    ["60", "Years of experience must be 50 or less"],
    ["-1", "Years of experience cannot be negative"],
    ["", "Enter your years of work experience"],
    ["a few", "Enter a number of years"],
  ] as const) {
    await years.fill(typed);
    await nextButton(page).click();
    await expect(years).toHaveAttribute("aria-invalid", "true");
    await expect(years).toHaveAccessibleDescription(new RegExp(message));
    await expect(years).toBeFocused();
    await expect(stepHeading(page, 1)).toBeVisible();
  }

  await years.fill("4");
  await expect(years).not.toHaveAttribute("aria-invalid");
  await nextButton(page).click();
  await expect(stepHeading(page, 2)).toBeFocused();

  // Nothing answered: every question says so, and focus goes to the first of them.
  await nextButton(page).click();
  await expect(group(page, /employ product managers/).getByRole("radio", { name: "Yes" })).toBeFocused();
  await expect(group(page, /employ product managers/)).toHaveAccessibleDescription(/Choose yes or no/);
  await expect(page.getByLabel("How long have you been at this company?")).toHaveAttribute("aria-invalid", "true");
  await expect(group(page, /manager support/)).toHaveAttribute("aria-invalid", "true");
  // "Do you work with them?" is asked only when the company has PMs.
  await expect(group(page, /work with them/)).toHaveCount(0);
  await expectAccessible(page, "step 2 with errors");
  await expect(stepHeading(page, 2)).toBeVisible();
});

test("a visitor's answers and step survive a reload, and Start over clears them", async ({ page }) => {
  await page.goto("/assessment");
  await answerRoleStep(page, "QA engineer", "7");
  await nextButton(page).click();
  await choose(page, /employ product managers/, "No");
  await page.getByLabel("How long have you been at this company?").fill("1,5");

  await page.reload();
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(group(page, /employ product managers/).getByRole("radio", { name: "No" })).toBeChecked();
  await expect(page.getByLabel("How long have you been at this company?")).toHaveValue("1,5");
  await expectAccessible(page, "step 2 after reload");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "QA engineer" })).toBeChecked();
  await expect(page.getByLabel("How many years have you worked in total?")).toHaveValue("7");

  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByRole("button", { name: "Keep my answers" })).toBeFocused();
  await expectAccessible(page, "start-over question");
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(page.getByRole("radio", { name: "QA engineer" })).not.toBeChecked();
  expect(await storedItem(page, DRAFT_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByLabel("How many years have you worked in total?")).toHaveValue("");
});

test("a signed-in user's draft is kept on the server and opens in another browser", async ({ page, login, db, browser, baseURL }) => {
  const user = await login();
  await page.goto("/assessment");
  await expect(stepHeading(page, 1)).toBeVisible();
  await expectAccessible(page, "step 1 signed in");
  await answerRoleStep(page, "Project or program manager", "8");
  await nextButton(page).click();
  await answerCompanyStep(page, "4");
  await nextButton(page).click();
  await expect(stepHeading(page, 3)).toBeVisible();

  await expect
    .poll(async () => {
      const draft = await db.assessmentDraft.findUnique({ where: { userId: user.id } });
      return draft && { step: draft.step, answers: draft.answers };
    })
    .toMatchObject({
      step: 2,
      answers: { currentRole: "project_manager", yearsExperience: "8", company: { tenureYears: "4", employsPMs: true } },
    });
  await expect(page.getByText("All answers saved to your account.")).toBeVisible();
  expect(await storedItem(page, DRAFT_KEY)).toBeNull();

  const otherBrowser = await browser.newContext({ baseURL });
  try {
    await otherBrowser.addCookies(await page.context().cookies());
    const other = await otherBrowser.newPage();
    await other.goto("/assessment");
    await expect(stepHeading(other, 3)).toBeVisible();
    await expectAccessible(other, "step 3 in a new browser");
    await other.getByRole("button", { name: "Back" }).click();
    await expect(other.getByLabel("How long have you been at this company?")).toHaveValue("4");
    await expect(group(other, /manager support/).getByRole("radio", { name: /would back/ })).toBeChecked();
    await other.getByRole("button", { name: "Back" }).click();
    await expect(other.getByRole("radio", { name: "Project or program manager" })).toBeChecked();
    await expect(other.getByLabel("How many years have you worked in total?")).toHaveValue("8");
  } finally {
    await otherBrowser.close();
  }
});

test("a signed-in user who finishes is taken to the saved result, and re-assessing starts from those answers", async ({
  page,
  login,
  db,
}) => {
  const user = await login();
  await page.goto("/assessment");
  await answerRoleStep(page, "Software engineer", "5");
  await nextButton(page).click();
  await answerCompanyStep(page, "3");
  await nextButton(page).click();
  await choose(page, /uncertainty/, /Some uncertainty is fine/);
  await choose(page, /mentoring/, /Occasional guidance/);
  await nextButton(page).click();
  for (const question of [/side project/, /led work across teams/, /customers or users/]) await choose(page, question, "No");
  await nextButton(page).click();

  // Ratings start unselected; the background's typical level is only marked.
  const strategy = group(page, "Product strategy & vision");
  await expect(strategy.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(strategy.getByRole("radio", { name: /Typical for your background/ })).toHaveCount(1);
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(strategy).toHaveAttribute("aria-invalid", "true");
  await expect(strategy.getByRole("radio").first()).toBeFocused();
  await expectAccessible(page, "step 5 with errors");
  for (const radioGroup of await page.getByRole("radiogroup").all()) {
    await radioGroup.getByRole("radio", { name: /^3 · / }).check();
  }
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/assessment\/(?!preview)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  await expectAccessible(page, "saved result");
  const [saved] = await db.assessment.findMany({ where: { userId: user.id } });
  expect(saved?.input).toMatchObject({ currentRole: "software_engineer", yearsExperience: 5, skills: { data: 3 } });
  expect(page.url()).toContain(`/assessment/${saved!.id}`);
  expect(await db.assessmentDraft.findUnique({ where: { userId: user.id } })).toBeNull();

  await page.goto("/assessment");
  await expect(page.getByText("We've filled in your last answers — change what's changed.")).toBeVisible();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Software engineer" })).toBeChecked();
  await expect(page.getByLabel("How many years have you worked in total?")).toHaveValue("5");
  await expectAccessible(page, "re-assessment");
});
