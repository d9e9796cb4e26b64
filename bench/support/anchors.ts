// The two anchors every HTTP figure is divided by, built from this project's own node_modules in the same
// run: a bare Next.js app (no proxy, no auth, no database) with
//   /        one prerendered page of ~20 kB of HTML (the static anchor: the framework serving a file), and
//   /dynamic one page that only reads headers() (the dynamic anchor: the framework rendering per request).
// The app lives in .tmp/bench-anchor with a hard-linked copy of the project's node_modules (the same files,
// not a copy of their contents): Turbopack will not follow a symlink out of its root, and with the project
// as its root it would pick up the project's own src/instrumentation.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ANCHOR_DIR = resolve(".tmp/bench-anchor");

const FILES: Record<string, string> = {
  "next.config.mjs": `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(ANCHOR_DIR)} } };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  // ~20 kB of prerendered HTML, about the size of the app's landing page.
  "app/page.jsx": `const paragraphs = Array.from({ length: 60 }, (_, i) =>
  \`Paragraph \${i + 1}: a bare Next.js page, prerendered at build time and served as a file. It has no proxy, no session and no database, so it is the floor for what any static page in this app can cost.\`);
export default function Page() {
  return (<main><h1>Static anchor</h1>{paragraphs.map((p, i) => <p key={i}>{p}</p>)}</main>);
}
`,
  "app/dynamic/page.jsx": `import { headers } from "next/headers";
export default async function Page() {
  const agent = (await headers()).get("user-agent") ?? "";
  return (<main><h1>Dynamic anchor</h1><p>Rendered per request for {agent.length} characters of user agent.</p></main>);
}
`,
};

// The anchor's own (hard-linked) Next.js, so that it and the page resolve one and the same React.
const nextBin = join(ANCHOR_DIR, "node_modules/.bin/next");

/** Writes and builds the anchor app (again only when its sources or the installed Next.js changed). */
export function buildAnchors(): void {
  const stamp = JSON.stringify({ files: FILES, next: readFileSync(resolve("node_modules/next/package.json"), "utf8") });
  const stampFile = join(ANCHOR_DIR, ".bench-stamp");
  if (existsSync(join(ANCHOR_DIR, ".next/BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  rmSync(ANCHOR_DIR, { recursive: true, force: true });
  mkdirSync(ANCHOR_DIR, { recursive: true });
  const link = spawnSync("cp", ["-al", resolve("node_modules"), join(ANCHOR_DIR, "node_modules")], { stdio: "inherit" });
  if (link.status !== 0) throw new Error("Could not hard-link node_modules into the anchor app");
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(ANCHOR_DIR, file, ".."), { recursive: true });
    writeFileSync(join(ANCHOR_DIR, file), text);
  }
  const build = spawnSync(nextBin, ["build"], {
    cwd: ANCHOR_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error("Building the anchor app failed");
  writeFileSync(stampFile, stamp);
}

export interface AnchorServer {
  origin: string;
  stop(): Promise<void>;
}

/** `next start` of the anchor app on `port`. */
export async function startAnchors(port: number): Promise<AnchorServer> {
  buildAnchors();
  const child: ChildProcess = spawn(nextBin, ["start", "-p", String(port), "-H", "localhost"], {
    cwd: ANCHOR_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("The anchor app did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}
