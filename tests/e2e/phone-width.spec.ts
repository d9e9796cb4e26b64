// No page scrolls sideways on a phone (WCAG 1.4.10 reflow): every route but /plan/print, at 320 and 390 CSS
// pixels, signed in as the heavy account (long names, links and emails in every workspace table).
import { expect, test, type TestDb } from "./support/fixtures";
import { LONG_EMAIL, LONG_NAME, seedHeavyAccount } from "../support/heavy-account";

async function heavyRoutes(db: TestDb, userId: string): Promise<string[]> {
  await db.user.update({ where: { id: userId }, data: { name: LONG_NAME, email: LONG_EMAIL } });
  const ids = await seedHeavyAccount(db, userId);
  return [
    "/",
    "/dashboard",
    "/assessment",
    `/assessment/${ids.assessmentId}`,
    "/assessment/resume",
    "/assessment/preview",
    "/history",
    "/plan/new",
    "/plan/update",
    "/applications",
    `/applications/${ids.applicationIds[5]}`,
    "/people",
    `/people/${ids.personIds[0]}`,
    "/practice",
    "/stories",
    "/resources",
    "/resources/search?q=product",
    "/mentors",
    "/settings",
    `/shared/${ids.shareToken}`,
    "/link-expired",
    "/unsubscribe",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/no-such-page",
  ];
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test(`no page scrolls sideways with a heavy account at ${width} px`, async ({ page, login, db }) => {
      test.setTimeout(240_000);
      const user = await login();
      const routes = await heavyRoutes(db, user.id);
      const wide: string[] = [];
      for (const route of routes) {
        await page.goto(route);
        await page.waitForLoadState("networkidle");
        const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          // The innermost elements that reach past the edge, to say what to fix.
          const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter((el) => el.getBoundingClientRect().right > limit + 1);
          const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: limit,
            culprits: innermost
              .slice(0, 3)
              .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? "").slice(0, 40)}`),
          };
        });
        if (scrollWidth > clientWidth) wide.push(`${route} is ${scrollWidth} px wide (${culprits.join(" | ")})`);
      }
      console.log(
        `[figures] ${width} px: ${wide.length} of ${routes.length} pages scroll sideways${wide.length ? `: ${wide.join("; ")}` : ""}`,
      );
      expect(wide).toEqual([]);
    });
  });
}
