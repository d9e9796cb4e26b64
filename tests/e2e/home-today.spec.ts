// The home that shows today: the menu (folded on a phone), the "Today" section with new mentor feedback,
// compact plan rows where done and skipped look different, and a typed note that survives leaving the page.
import { expect, test } from "./support/fixtures";
import { expectAccessible } from "./support/a11y";
import { seedShareLink } from "./support/seed";
import { seedPlan } from "../support/seed";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu folds behind one button, with the workspace pages in a disclosure", async ({ page, login, db }) => {
    const user = await login();
    await seedPlan(db, user.id, { tickFirst: false });
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Plan" })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const label of ["Plan", "Resources", "Mentors", "History", "Settings"])
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await nav.getByRole("button", { name: "Workspace" }).click();
    await expectAccessible(page, "dashboard with the phone menu open");
    await nav.getByRole("link", { name: "People" }).click();
    await expect(page).toHaveURL(/\/people$/);
    // A navigation closes the menu.
    await expect(nav.getByRole("link", { name: "Plan" })).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});

test("today shows the next actions and new mentor feedback, which can be marked as seen", async ({ page, login, db }) => {
  const user = await login();
  const { planId } = await seedPlan(db, user.id, { tickFirst: false });
  await seedShareLink(db, user.id, planId);
  const link = await db.shareLink.findFirstOrThrow({ where: { userId: user.id } });
  await db.mentorRating.create({
    data: { userId: user.id, shareLinkId: link.id, mentorName: "Mentor Mia", scores: { create: [{ area: "data", score: 3 }] } },
  });

  await page.goto("/dashboard");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.getByRole("region", { name: "Next three actions" }).getByRole("link")).toHaveCount(3);
  await expect(today.getByRole("region", { name: "This week" })).toContainText("0 steps done");
  const feedback = today.getByRole("region", { name: "New feedback" });
  await expect(feedback).toContainText("Mentor Mia rated your skills");
  await expectAccessible(page, "dashboard with new feedback");
  await feedback.getByRole("button", { name: "Mark as seen" }).click();
  await expect(feedback.getByRole("status")).toHaveText("Marked as seen.");
  await page.reload();
  await expect(page.getByRole("region", { name: "New feedback" })).toContainText("Nothing new from your mentors");
});

test("done and skipped rows look different, and a typed note is kept until saved", async ({ page, login, db }) => {
  const user = await login();
  const { titles } = await seedPlan(db, user.id, { tickFirst: false });
  const [first, second] = titles as [string, string];
  await page.goto("/dashboard");
  await page.getByRole("checkbox", { name: `Mark “${first}” done` }).check();
  const secondRow = page.getByRole("article", { name: second });
  await secondRow.getByText(`Why, status and more for “${second}”`).click();
  await secondRow.getByLabel(`Status of “${second}”`).selectOption("skipped");
  const style = (title: string) =>
    page
      .getByRole("heading", { level: 3, name: title })
      .evaluate((el) => ({ line: getComputedStyle(el).textDecorationLine, italic: getComputedStyle(el).fontStyle }));
  expect(await style(first)).toEqual({ line: "line-through", italic: "normal" });
  expect(await style(second)).toEqual({ line: "none", italic: "italic" });
  await expect(page.getByRole("article", { name: first })).toContainText("Done");
  await expect(secondRow).toContainText("Skipped");

  // A note typed but not saved survives a move to another page and back.
  const third = titles[2]!;
  const row = page.getByRole("article", { name: third });
  await row.getByText(`Why, status and more for “${third}”`).click();
  await row.getByText(/^How to do it/).click();
  await row.getByLabel(`Your notes on “${third}”`).fill("Half a thought");
  await expect(row).toContainText("Not saved yet");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  const back = page.getByRole("article", { name: third });
  await back.getByText(`Why, status and more for “${third}”`).click();
  await back.getByText(/^How to do it/).click();
  await expect(back.getByLabel(`Your notes on “${third}”`)).toHaveValue("Half a thought");
  await expect(back).toContainText("Unsaved draft from your last visit");
  await back.getByRole("button", { name: `Save note on “${third}”` }).click();
  await expect(back.getByRole("status").filter({ hasText: "Note saved." })).toBeVisible();
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("pm-pathfinder:note-draft:")));
  expect(await drafts()).toEqual([]);

  // Signing out clears any draft left behind (leaving with unsaved text may ask first: go ahead).
  page.on("dialog", (dialog) => void dialog.accept());
  await back.getByLabel(`Your notes on “${third}”`).fill("Private words");
  expect(await drafts()).toHaveLength(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await drafts()).toEqual([]);
});
