// On a phone (320 CSS pixels, the narrowest WCAG 1.4.10 reflow width) the history's compare pickers must show
// each option whole: a truncated "Assessment 12 · 28 Nov 2…" hides the readiness that tells two apart.
import { expect, test } from "./support/fixtures";
import { seedAssessment } from "../support/seed";
import { sampleInput } from "./support/seed";

test.use({ viewport: { width: 320, height: 640 } });

test("the history compare pickers show every option in full at 320 px", async ({ page, login, db }) => {
  const user = await login();
  // Twelve assessments: two-digit numbers, and the widest readiness figures.
  for (let index = 0; index < 12; index++) {
    const level = (index % 5) + 1;
    const skills = Object.fromEntries(Object.keys(sampleInput.skills).map((area) => [area, level])) as typeof sampleInput.skills;
    await seedAssessment(db, user.id, { ...sampleInput, skills }, new Date(Date.UTC(2026, 8, 28 + index)));
  }
  await page.goto("/history");
  for (const label of ["Compare assessment", "With assessment"]) {
    const picker = page.getByLabel(label, { exact: true });
    await expect(picker).toBeVisible();
    const fit = await picker.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widest = Math.max(...[...select.options].map((option) => context.measureText(option.text).width));
      // The text area: the box minus its padding and the native arrow (about 20 px in Chromium).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { widest: Math.ceil(widest), room: Math.floor(room) };
    });
    expect(fit.widest, `${label} picker: widest option ${fit.widest}px for ${fit.room}px`).toBeLessThanOrEqual(fit.room);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
