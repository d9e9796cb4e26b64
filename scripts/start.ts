// `npm start`: .env with a secret → the single-instance lock and the file's quick_check (SQLite) → migrations (unless
// MIGRATE_ON_START=0) → a build when the current one is missing or stale → scripts/serve.ts (Next
// behind a small Node server) on HOST:PORT (127.0.0.1:3000 by default), in this same process.
// `npm run dev` (--dev) does the same with Next in development mode.
//
// One process from npm to the server: package.json runs `exec node --import tsx scripts/start.ts` (tsx as a
// loader; its CLI would run the script in a child), so a SIGTERM sent to the PID `npm start` has (docker stop,
// systemd) reaches the server, which drains and exits (scripts/serve.ts).
import { spawnSync } from "node:child_process";
import { buildIsCurrent, currentBuildStamp, writeBuildStamp } from "./build-stamp";
import { UserFacingError } from "./db/cli";
import { deployMigrations } from "./db/migrate";
import { quickCheckProblem } from "./db/backup";
import { ensureEnvFile, loadEnvFile } from "./env-file";
import { claimDatabaseOrExit, serve } from "./serve";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

ensureEnvFile();
loadEnvFile();

// Before migrating: a second server on the same SQLite file stops here, whatever the flags.
claimDatabaseOrExit();

// A corrupt SQLite file (e.g. a backup copied over it beside a stale -wal) is refused before it serves 500s.
const corrupt = quickCheckProblem();
if (corrupt) {
  console.error(`Error: ${corrupt}`);
  process.exit(1);
}

if (process.env.MIGRATE_ON_START === "0") {
  console.log("MIGRATE_ON_START=0: not migrating (run `npm run db:deploy` once per release).");
} else {
  try {
    await deployMigrations();
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
}

const nextBin = "node_modules/.bin/next";

if (!dev) {
  const stamp = currentBuildStamp();
  if (buildIsCurrent(stamp)) {
    console.log("The production build is current.");
  } else {
    console.log("Building the app (first start, or the code changed)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeBuildStamp(stamp);
  }
}

await serve({ dev });
