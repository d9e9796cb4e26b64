// First-load JavaScript per route (`npm run bench:js`): fetches each page from the production build as a
// signed-in user (or a visitor for public pages), gzips every script the HTML loads, and prints the total.
// Pages over the budget are flagged; the script never fails on them.
import { gzipSync } from "node:zlib";
import { startBenchServer } from "./support/server";

const BUDGET_KB = 110;

const server = await startBenchServer(3401);
try {
  const routes: { path: string; signedIn: boolean }[] = [
    { path: "/", signedIn: false },
    { path: "/sign-in", signedIn: false },
    { path: "/sign-up", signedIn: false },
    { path: "/assessment", signedIn: false },
    { path: "/assessment/preview", signedIn: false },
    { path: `/assessment/${server.assessmentId}`, signedIn: true },
    { path: "/dashboard", signedIn: true },
    { path: `/plan/new?assessment=${server.assessmentId}`, signedIn: true },
    { path: "/history", signedIn: true },
    { path: "/settings", signedIn: true },
  ];
  const chunkSizes = new Map<string, number>();
  async function gzippedSize(src: string): Promise<number> {
    if (!chunkSizes.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, server.origin))).arrayBuffer());
      chunkSizes.set(src, gzipSync(body, { level: 9 }).length);
    }
    return chunkSizes.get(src)!;
  }

  console.log(`First-load JavaScript per route (gzip level 9; budget ${BUDGET_KB} kB)`);
  for (const route of routes) {
    const response = await fetch(new URL(route.path, server.origin), {
      headers: route.signedIn ? { cookie: server.cookie } : {},
      redirect: "manual",
    });
    if (response.status !== 200) {
      console.log(`  ${route.path.padEnd(44)} HTTP ${response.status} (skipped)`);
      continue;
    }
    const html = await response.text();
    // nomodule scripts (legacy polyfills) are never downloaded by a modern browser.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
    const sources = tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => !!src);
    const scripts = [...new Set(sources)].filter((src) => src.startsWith("/_next/"));
    let total = 0;
    for (const src of scripts) total += await gzippedSize(src);
    const kb = total / 1024;
    const flag = kb > BUDGET_KB ? "  ⚠ over budget" : "";
    const label = route.path.replace(server.assessmentId, "[id]");
    console.log(`  ${label.padEnd(44)} ${kb.toFixed(1).padStart(7)} kB in ${String(scripts.length).padStart(2)} scripts${flag}`);
  }
} finally {
  await server.stop();
}
