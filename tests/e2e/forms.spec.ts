// Forms that catch what people get wrong: a future "last contact" is refused at the field, a bare domain
// becomes an https:// link, and a notes counter starts again at 0 after a save empties the form.
import { expect, test } from "./support/fixtures";
import { expectAccessible } from "./support/a11y";

test("a future last contact is refused at the field, and the notes counter resets after a save", async ({ page, login }) => {
  await login();
  await page.goto("/people");
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name").fill("Pat the PM");
  await form.getByLabel("Last contact").fill("2999-01-01");
  await form.getByLabel("Notes").fill("Met at the meetup");
  await expect(form.getByText(/^17 of [\d,]+ characters$/)).toBeVisible();
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByText("This already happened, so choose today or an earlier date")).toBeVisible();
  await expect(form.getByLabel("Last contact")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "/people with a date error");

  await form.getByLabel("Last contact").fill("");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("link", { name: "Pat the PM" })).toBeVisible();
  await expect(form.getByLabel("Notes")).toHaveValue("");
  await expect(form.getByText(/^0 of [\d,]+ characters$/)).toBeVisible();
});

test("a link typed without https:// is completed", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/applications");
  const form = page.getByRole("form", { name: "Add an application" });
  await form.getByLabel("Company").fill("Acme");
  await form.getByLabel("Role title").fill("Associate PM");
  await form.getByLabel("Link to the posting").fill("acme.example/jobs/42");
  await form.getByRole("button", { name: "Add application" }).click();
  await expect
    .poll(async () => (await db.application.findFirst({ where: { userId: user.id } }))?.link)
    .toBe("https://acme.example/jobs/42");
});
