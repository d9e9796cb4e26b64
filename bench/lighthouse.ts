// Lighthouse 12 with Debian's Chromium (`npm run bench:lighthouse`): performance, accessibility and best
// practices for the landing page, the questionnaire and a signed-in dashboard, on the production build.
// Prints scores and the audits that cost points; never fails on them.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { startBenchServer } from "./support/server";

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const server = await startBenchServer(3402);
const chrome = await chromeLauncher.launch({
  chromePath: "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
  ],
});
try {
  // The session cookie goes into the browser itself (a Cookie request header is not sent on navigations);
  // Lighthouse then keeps storage for the signed-in run.
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const [name, value] = server.cookie.split("=", 2) as [string, string];
  const tab = await browser.newPage();
  await tab.setCookie({ name, value, url: server.origin, httpOnly: true, sameSite: "Lax" });
  await tab.close();
  await browser.disconnect();
  const pages = [
    { name: "dashboard", path: "/dashboard", signedIn: true },
    { name: "landing", path: "/", signedIn: false },
    { name: "assessment", path: "/assessment", signedIn: false },
  ];
  console.log(`Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version} — desktop preset, Debian Chromium, next start on SQLite`);
  for (const page of pages) {
    const result = await lighthouse(
      `${server.origin}${page.path}`,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        disableStorageReset: page.signedIn,
      },
      // Desktop preset: the app's users plan their careers at a desk as often as on a phone.
      (await import("lighthouse/core/config/desktop-config.js")).default,
    );
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((c) => `${c} ${Math.round((lhr.categories[c]?.score ?? 0) * 100)}`).join("   ");
    console.log(`  ${page.name.padEnd(11)} ${scores}   (${new URL(lhr.finalDisplayedUrl).pathname})`);
    const costly = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
    if (costly.length) console.log(`              below 90: ${costly.join(", ")}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
