// With a status filter on, ticking a step makes it leave the list. Focus must not fall to the page: it moves to
// the next step shown (or to the filter when none is left), and a screen reader is told what happened.
import { expect, test } from "./support/fixtures";
import { seedAssessment, seedPlan } from "../support/seed";
import { sampleInput } from "./support/seed";

test("a step that leaves the filtered list hands focus to the next step, then to the filter", async ({ page, login, db }) => {
  const user = await login();
  const assessment = await seedAssessment(db, user.id, sampleInput);
  const { planId } = await seedPlan(db, user.id, { assessment, tickFirst: false });
  const [first, second] = await db.planItem.findMany({ where: { planId }, orderBy: [{ phase: "asc" }, { position: "asc" }] });

  await page.goto("/dashboard");
  const toDo = page.getByRole("radio", { name: /^To do/ });
  await expect(toDo).toBeEnabled();
  await toDo.check();

  const firstDone = page.getByRole("checkbox", { name: `Mark “${first!.title}” done` });
  await firstDone.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: `Mark “${second!.title}” done` })).toBeFocused();
  await expect(firstDone).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "left this list" })).toContainText(
    `“${first!.title}” is now done and left this list. Now on “${second!.title}”.`,
  );

  // The only done step, un-ticked under "Done": nothing is left to focus but the filter.
  const done = page.getByRole("radio", { name: /^Done/ });
  await done.check();
  const onlyDone = page.getByRole("checkbox", { name: `Mark “${first!.title}” done` });
  await onlyDone.focus();
  await page.keyboard.press("Space");
  await expect(done).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "left this list" })).toContainText("focus is on the filter");
  await expect.poll(async () => (await db.planItem.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe("todo");
});
