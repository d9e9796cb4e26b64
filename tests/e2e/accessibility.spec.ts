// Every page, signed out and signed in, in light and dark: zero WCAG 2.2 A/AA violations. Plus a
// keyboard walk through the main flow that checks the focus is always visible.
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { seedAssessment, seedPlan } from "../support/seed";
import { sampleInput, seedShareLink } from "./support/seed";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("signed-out pages", async ({ page, login, db }) => {
      test.setTimeout(120_000);
      const owner = await login({ signIn: false, name: "Mentee Mia" });
      const assessment = await seedAssessment(db, owner.id, sampleInput);
      const { planId } = await seedPlan(db, owner.id, { assessment, tickFirst: false });
      const token = await seedShareLink(db, owner.id, planId);
      for (const url of [
        "/",
        "/sign-in",
        "/sign-up",
        "/assessment",
        "/assessment/preview",
        "/no-such-page",
        `/shared/${token}`,
        "/resources",
        "/resources?area=interviews&kind=community",
      ]) {
        await page.goto(url);
        await expectAccessible(page, `${url} (${colorScheme})`);
      }
    });

    test("signed-in pages", async ({ page, login, db }) => {
      // Many pages, /interview with the whole question bank among them: axe needs time on a busy machine.
      test.setTimeout(300_000);
      const user = await login({ name: "Reviewer Rae" });
      await page.goto("/dashboard");
      await expectAccessible(page, `/dashboard without an assessment (${colorScheme})`);

      const first = await seedAssessment(db, user.id, sampleInput, new Date(Date.now() - 40 * 864e5));
      await seedPlan(db, user.id, { assessment: first, tickFirst: false });
      const second = await seedAssessment(db, user.id, {
        ...sampleInput,
        company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
        skills: { ...sampleInput.skills, customer_insight: 3, business: 3 },
      });
      const application = await db.application.create({
        data: {
          userId: user.id,
          company: "Contrast Co",
          roleTitle: "APM",
          kind: "associate_pm",
          stage: "rejected",
          followUpOn: "2026-01-05",
          // The job analysis and tailored bullets render in both themes too.
          jobDescription: "APM\nRequirements\n- Write SQL\n- Run user interviews\n- A work permit\nNice to have\n- Jira",
          stageChanges: { create: [{ stage: "applied" }, { stage: "rejected" }] },
        },
      });
      const person = await db.person.create({
        data: {
          userId: user.id,
          name: "Contrast Person",
          howMet: "lunch",
          conversations: { create: { heldOn: "2026-01-02", notes: "Chat" } },
        },
      });
      await db.practiceSession.create({
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
      await db.practiceSession.create({
        data: {
          userId: user.id,
          type: "behavioural",
          heldOn: "2026-01-09",
          withWhom: "coach",
          scores: {
            create: [
              { area: "communication", score: 4 },
              { area: "leadership", score: 3 },
            ],
          },
        },
      });
      await db.story.create({
        data: { userId: user.id, title: "Contrast story", result: "Shipped", areas: { create: [{ area: "data" }] } },
      });
      for (const url of [
        "/dashboard",
        `/assessment/${first.id}`,
        `/assessment/${second.id}`,
        `/plan/new?assessment=${second.id}`,
        `/plan/update?assessment=${second.id}`,
        "/plan/print",
        `/history?a=${first.id}&b=${second.id}`,
        "/history",
        "/settings",
        "/assessment",
        "/applications",
        `/applications/${application.id}`,
        "/people",
        `/people/${person.id}`,
        "/practice",
        "/stories",
        "/mentors",
        "/interview",
        "/interview?q=bh-co-1",
      ]) {
        await page.goto(url);
        await expectAccessible(page, `${url} (${colorScheme})`);
      }
    });
  });
}

test("keyboard focus is always visible along the main flow", async ({ page }) => {
  for (const url of ["/", "/assessment", "/sign-up"]) {
    await page.goto(url);
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // The dev server's overlay portal is Next.js tooling, not part of the product.
        if (!el || el === document.body || el.tagName === "NEXTJS-PORTAL") return null;
        const style = getComputedStyle(el);
        return {
          element: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ""}`,
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          ring: style.boxShadow !== "none",
        };
      });
      if (!focus) continue;
      expect(focus.outline || focus.ring, `visible focus on ${focus.element} at ${url}`).toBe(true);
    }
  }
});
