// Lighthouse 12 with Debian's Chromium (`npm run bench:lighthouse`): performance, accessibility and best
// practices for the landing page, the questionnaire and a signed-in dashboard, on the production build.
// Prints scores and the audits that cost points; never fails on them.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { chromiumPath } from "../scripts/browser/chromium-path";
import { startBenchServer } from "./support/server";

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const server = await startBenchServer(3402);
const chrome = await chromeLauncher.launch({
  // The browser tests' Chromium (Debian's, or the one scripts/browser/ensure.ts provisioned).
  chromePath: chromiumPath(),
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
    // The dashboard's performance varies from run to run: its goal is on the median of three.
    { name: "dashboard", path: "/dashboard", signedIn: true, runs: 3 },
    { name: "landing", path: "/", signedIn: false, runs: 1 },
    { name: "assessment", path: "/assessment", signedIn: false, runs: 1 },
  ];
  console.log(
    `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version} — desktop preset, Debian Chromium, next start on SQLite`,
  );
  for (const page of pages) {
    const performance: number[] = [];
    const blocking: number[] = [];
    for (let run = 1; run <= page.runs; run++) {
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
      const tbt = Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0);
      performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
      blocking.push(tbt);
      console.log(`  ${page.name.padEnd(11)} ${scores}   TBT ${tbt} ms   (${new URL(lhr.finalDisplayedUrl).pathname}, run ${run})`);
      const costly = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
        .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
      if (costly.length) console.log(`              below 90: ${costly.join(", ")}`);
    }
    if (page.runs > 1) {
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      console.log(
        `  ${page.name.padEnd(11)} median of ${page.runs}: performance ${median(performance)}, TBT ${median(blocking)} ms   [goal ≥ 95, TBT < 100 ms]`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
