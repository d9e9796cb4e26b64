// What a deployed site serves from public/: a robots.txt that keeps private pages out of search indexes, and a
// web app manifest whose icons all load.
import { expect, test } from "@playwright/test";

test("robots.txt keeps signed-in and shared pages out of search indexes", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const rules = (await response.text()).split("\n").filter((line) => line.startsWith("Disallow:"));
  for (const privatePath of ["/dashboard", "/history", "/plan/", "/settings", "/shared/", "/api/", "/interview", "/mock/"]) {
    expect(rules).toContain(`Disallow: ${privatePath}`);
  }
  expect(rules).not.toContain("Disallow: /");
});

test("the manifest is linked from every page and each of its icons loads", async ({ page, request }) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    icons: { src: string; type: string }[];
  };
  expect(manifest.name).toBe("PM Pathfinder");
  expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toContain(icon.type);
  }
  const appleIcon = await request.get("/apple-touch-icon.png");
  expect(appleIcon.status()).toBe(200);
});
