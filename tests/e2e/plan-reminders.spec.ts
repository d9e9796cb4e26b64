// A plan step's "Remind me on…": set a day, snooze it by a day, remove it; each change is stored and said.
// The user has no zone yet, so days are UTC days and the email goes at 08:00 UTC.
import { seedPlan } from "../support/seed";
import { expect, test } from "./support/fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const label = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(at);

test("set a step's reminder, snooze it a day, then remove it", async ({ page, login, db }) => {
  const user = await login();
  await seedPlan(db, user.id, { tickFirst: false });
  const inTenDays = new Date(Date.now() + 10 * DAY_MS);
  const day = inTenDays.toISOString().slice(0, 10);

  await page.goto("/dashboard");
  const { title } = await db.planItem.findFirstOrThrow({
    where: { plan: { userId: user.id } },
    orderBy: [{ phase: "asc" }, { position: "asc" }],
  });
  // The step's reminder panel, found again by its own step whatever its summary says by then.
  const step = page.getByRole("article", { name: title });
  await step.getByText(`Why, status and more for “${title}”`).click();
  const details = step.locator("details details").filter({ hasText: /Remind me on…|Reminder on/ });
  await details.locator("summary").click();
  await details.getByLabel("Remind me on").fill(day);
  await details.getByRole("button", { name: "Set reminder" }).click();
  await expect(details.getByRole("status")).toHaveText(`We'll email you on ${label(inTenDays)}.`);

  await details.getByRole("button", { name: /^Snooze a day for/ }).click();
  const snoozed = new Date(`${day}T08:00:00.000Z`).getTime() + DAY_MS;
  await expect(details.getByRole("status")).toHaveText(`Snoozed to ${label(new Date(snoozed))}.`);
  const stored = await db.reminder.findFirstOrThrow({ where: { userId: user.id } });
  expect(stored.remindAt.getTime()).toBe(snoozed);

  await details.getByRole("button", { name: /^Remove reminder for/ }).click();
  await expect(details.getByRole("status")).toHaveText("Reminder removed.");
  expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
});
