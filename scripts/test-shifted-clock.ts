// `npm run test:shifted-clock`: the unit suite and the SQLite integration suite a second time, 400 days
// ahead in UTC+14 (TZ=Pacific/Kiritimati), so that a test that depends on today's date or the machine's
// zone fails here today instead of on main some day later (it happened on 2026-12-01: a fixed test clock
// met a message stamped with the real time). Debian's faketime shifts `Date` in this process tree,
// worker threads included. PostgreSQL and Redis keep the real time, so their runs are not repeated.
// faketime is found like the browser: FAKETIME_PATH → /usr/bin/faketime → `apt-get install faketime` as
// root; else one sentence naming the fix, and a failure (never a silent skip).
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { projectRoot } from "./db/layout";

export const CLOCK_SHIFT = "+400d";
export const SHIFTED_ZONE = "Pacific/Kiritimati";
const DEBIAN_FAKETIME = "/usr/bin/faketime";

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function installWithApt(): string | null {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !isExecutable("/usr/bin/apt-get")) return null;
  console.log("Installing Debian's faketime with apt-get (once per machine)…");
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "faketime"], { stdio: "inherit", env });
  } catch {
    return null;
  }
  return isExecutable(DEBIAN_FAKETIME) ? DEBIAN_FAKETIME : null;
}

function findFaketime(): string | null {
  const fromEnv = process.env.FAKETIME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  if (isExecutable(DEBIAN_FAKETIME)) return DEBIAN_FAKETIME;
  return installWithApt();
}

/** Whether the shifted process really sees the shifted clock (a broken libfaketime would test nothing). */
function clockIsShifted(faketime: string): boolean {
  const probe = spawnSync(faketime, ["-f", CLOCK_SHIFT, process.execPath, "-e", "console.log(Date.now())"], {
    encoding: "utf8",
    env: { ...process.env, TZ: SHIFTED_ZONE },
  });
  const shifted = Number(probe.stdout.trim());
  return Number.isFinite(shifted) && shifted - Date.now() > 399 * 24 * 3_600_000;
}

function run(faketime: string, label: string, args: string[]): boolean {
  console.log(`\n══ ${label}, with the clock ${CLOCK_SHIFT} in ${SHIFTED_ZONE}\n`);
  const child = spawnSync(faketime, ["-f", CLOCK_SHIFT, ...args], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, TZ: SHIFTED_ZONE, TEST_REDIS_URL: "", REDIS_URL: "" },
  });
  return child.status === 0;
}

function main(): number {
  const faketime = findFaketime();
  if (!faketime) {
    const where = process.env.FAKETIME_PATH ? `FAKETIME_PATH=${process.env.FAKETIME_PATH} is not executable` : "no faketime";
    console.error(`${where}: run \`apt-get install faketime\` (Debian) or set FAKETIME_PATH to a faketime executable.`);
    return 1;
  }
  if (!clockIsShifted(faketime)) {
    console.error(`${faketime} -f ${CLOCK_SHIFT} did not shift Node's clock: reinstall libfaketime.`);
    return 1;
  }
  const npm = process.env.npm_execpath;
  const npmRun = (script: string, ...rest: string[]) =>
    npm ? [process.execPath, npm, "run", script, "--", ...rest] : ["npm", "run", script, "--", ...rest];
  const results: [string, boolean][] = [
    ["unit", run(faketime, "Unit tests", npmRun("test:unit"))],
    ["integration (SQLite)", run(faketime, "Integration tests on SQLite", npmRun("test:integration", "--sqlite-only"))],
  ];
  console.log(`\n══ Shifted clock (${CLOCK_SHIFT}, ${SHIFTED_ZONE})`);
  for (const [name, passed] of results) console.log(`  ${name.padEnd(22)} ${passed ? "passed" : "FAILED"}`);
  return results.every(([, passed]) => passed) ? 0 : 1;
}

process.exitCode = main();
