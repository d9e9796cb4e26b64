// `npm start`: .env with a secret → migrations (unless MIGRATE_ON_START=0) → a build when the current one
// is missing or stale → scripts/serve.ts (Next behind a small Node server) on PORT (3000 by default).
// `npm run dev` (--dev) does the same with Next in development mode.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent, currentBuildStamp, writeBuildStamp } from "./build-stamp";
import { UserFacingError } from "./db/cli";
import { deployMigrations } from "./db/migrate";
import { ensureEnvFile, loadEnvFile } from "./env-file";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

ensureEnvFile();
loadEnvFile();

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
const port = process.env.PORT ?? "3000";

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

// One process (tsx as a loader, not its CLI, which runs the script in a child that SIGTERM does not reach).
const serve = ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])];
const server = spawn(process.execPath, serve, { stdio: "inherit", env: { ...process.env, PORT: port } });
// The server finishes requests in flight on SIGTERM before it exits (scripts/serve.ts).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
