// `npm test` and `npm run test:e2e` start here: find a Chromium the browser tests can drive, or provision one,
// or stop within seconds with one sentence naming the fix (never 90 failing tests one by one).
// Order: CHROMIUM_PATH → Debian's /usr/bin/chromium → the binary shipped in the npm package
// @sparticuz/chromium (a devDependency, so `npm ci` brings it; no root, no download) → `apt-get install chromium`
// when running as root with apt. Each candidate must answer `--version` before it is accepted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEBIAN_CHROMIUM, RESOLVED_PATH_FILE, isExecutable } from "./chromium-path";

type Candidate = { name: string; find: () => Promise<string | null> };

function versionOf(executable: string): string | null {
  const run = spawnSync(executable, ["--version"], { encoding: "utf8", timeout: 20_000 });
  const version = run.status === 0 ? run.stdout.trim() : "";
  return version || null;
}

const candidates: Candidate[] = [
  { name: "CHROMIUM_PATH", find: async () => process.env.CHROMIUM_PATH ?? null },
  { name: "Debian's chromium", find: async () => (isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null) },
  {
    name: "@sparticuz/chromium (npm)",
    find: async () => {
      if (process.arch !== "x64") return null;
      try {
        const { default: packaged } = await import("@sparticuz/chromium");
        // Unpacks the brotli-compressed binary and its libraries into the temp folder once, then reuses them.
        return await packaged.executablePath();
      } catch {
        return null;
      }
    },
  },
  {
    name: "apt-get install chromium",
    find: async () => {
      const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
      if (!isRoot || !isExecutable("/usr/bin/apt-get")) return null;
      console.log("Installing Debian's chromium with apt-get (once per machine)…");
      try {
        const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
        execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
        execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
      } catch {
        return null;
      }
      return isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
    },
  },
];

async function main(): Promise<number> {
  for (const candidate of candidates) {
    const executable = await candidate.find();
    if (!executable) continue;
    const version = versionOf(executable);
    if (!version) {
      if (candidate.name === "CHROMIUM_PATH") {
        console.error(`CHROMIUM_PATH=${executable} does not run (\`${executable} --version\` failed); fix or unset it.`);
        return 1;
      }
      continue;
    }
    mkdirSync(path.dirname(RESOLVED_PATH_FILE), { recursive: true });
    writeFileSync(RESOLVED_PATH_FILE, `${executable}\n`);
    console.log(`Browser tests use ${version} (${candidate.name}: ${executable}).`);
    return 0;
  }
  console.error(
    "No Chromium for the browser tests: run `npm ci` (it brings @sparticuz/chromium on x64), " +
      "or `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  return 1;
}

process.exit(await main());
