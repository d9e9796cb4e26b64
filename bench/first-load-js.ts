// First-load JavaScript per route (`npm run bench:js`): fetches each page from the production build as a
// signed-in user (or a visitor for public pages), gzips every script the HTML loads, and prints the total
// and what it adds above the framework's own floor: the JS of a bare Next.js page built in the same run
// from the same node_modules (bench/support/anchors.ts). Never fails on a figure.
import { gzipSync } from "node:zlib";
import { startAnchors } from "./support/anchors";
import { startBenchServer } from "./support/server";

/** Goals above the floor (issue 12), in kB. */
const GOALS: Record<string, number> = { signedOut: 5, questionnaire: 30, dashboard: 35 };

const chunkSizes = new Map<string, number>();

/** gzip -9 bytes of every script a page's HTML loads (modern browsers skip `nomodule` polyfills). */
async function firstLoadJs(
  origin: string,
  path: string,
  cookie?: string,
): Promise<{ bytes: number; scripts: number } | { status: number }> {
  const response = await fetch(new URL(path, origin), { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200 && !(path.includes("no-such-page") && response.status === 404)) return { status: response.status };
  const html = await response.text();
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const sources = tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => !!src);
  const scripts = [...new Set(sources)].filter((src) => src.startsWith("/_next/"));
  let bytes = 0;
  for (const src of scripts) {
    const key = `${origin}${src}`;
    if (!chunkSizes.has(key)) {
      const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
      chunkSizes.set(key, gzipSync(body, { level: 9 }).length);
    }
    bytes += chunkSizes.get(key)!;
  }
  return { bytes, scripts: scripts.length };
}

const anchors = await startAnchors(3411);
const server = await startBenchServer(3401);
try {
  const floor = await firstLoadJs(anchors.origin, "/");
  if (!("bytes" in floor)) throw new Error("The anchor page did not answer");
  const floorKb = floor.bytes / 1024;
  const routes: { path: string; signedIn: boolean; goal?: keyof typeof GOALS }[] = [
    { path: "/", signedIn: false, goal: "signedOut" },
    { path: "/sign-in", signedIn: false, goal: "signedOut" },
    { path: "/sign-up", signedIn: false, goal: "signedOut" },
    { path: "/resources", signedIn: false, goal: "signedOut" },
    { path: "/no-such-page", signedIn: false, goal: "signedOut" },
    { path: "/assessment", signedIn: false, goal: "questionnaire" },
    { path: "/assessment/preview", signedIn: false },
    { path: `/assessment/${server.assessmentId}`, signedIn: true },
    { path: "/dashboard", signedIn: true, goal: "dashboard" },
    { path: `/plan/new?assessment=${server.assessmentId}`, signedIn: true },
    { path: "/history", signedIn: true },
    { path: "/settings", signedIn: true },
  ];

  console.log(
    `First-load JavaScript (gzip -9). Framework floor (a bare Next.js page, same node_modules): ${floorKb.toFixed(1)} kB in ${floor.scripts} scripts`,
  );
  console.log(`  ${"route".padEnd(36)} ${"total".padStart(8)} ${"above floor".padStart(12)}   goal`);
  for (const route of routes) {
    const label = route.path.replace(server.assessmentId, "[id]");
    const js = await firstLoadJs(server.origin, route.path, route.signedIn ? server.cookie : undefined);
    if (!("bytes" in js)) {
      console.log(`  ${label.padEnd(36)} HTTP ${js.status} (skipped)`);
      continue;
    }
    const kb = js.bytes / 1024;
    const above = kb - floorKb;
    const goal = route.goal ? GOALS[route.goal]! : undefined;
    const verdict = goal === undefined ? "" : `≤ ${goal} kB: ${above <= goal ? "met" : "NOT met"}`;
    console.log(`  ${label.padEnd(36)} ${kb.toFixed(1).padStart(6)} kB ${above.toFixed(1).padStart(9)} kB   ${verdict}`);
  }
} finally {
  await server.stop();
  await anchors.stop();
}
