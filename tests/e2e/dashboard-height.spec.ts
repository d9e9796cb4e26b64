// The goal for a home that shows today: with a fresh plan the dashboard is at most 4 screens tall on a
// desktop and 7 on a phone, and the next actions sit in the first screen.
import { expect, test } from "./support/fixtures";
import { seedPlan } from "../support/seed";

for (const { label, width, height, screens } of [
  { label: "desktop", width: 1280, height: 900, screens: 4 },
  { label: "phone", width: 390, height: 844, screens: 7 },
]) {
  test(`the dashboard with a fresh plan fits ${screens} screens on a ${label}`, async ({ page, login, db }) => {
    await page.setViewportSize({ width, height });
    const user = await login();
    // A confirmed address: the "confirm your email" banner would otherwise arrive at a time of its own.
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await seedPlan(db, user.id, { tickFirst: false });
    await page.goto("/dashboard");
    const next = page.getByRole("heading", { name: /^Next (three )?actions?$/ });
    await expect(next).toBeVisible();
    const nextY = await next.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    // Where each section starts, to say what takes the room when the goal is missed.
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll("main h2")].map(
        (h) => `${h.textContent?.slice(0, 24)}@${Math.round(h.getBoundingClientRect().top + window.scrollY)}`,
      ),
    );
    console.log(`[figures] ${label} sections: ${sections.join(", ")}`);
    console.log(
      `[figures] dashboard on a ${label}: ${pageHeight} px tall (${(pageHeight / height).toFixed(1)} screens); next actions at y=${nextY}`,
    );
    expect(pageHeight).toBeLessThanOrEqual(screens * height);
    expect(nextY).toBeLessThan(height);
  });
}
