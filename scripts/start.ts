// `npm start`: .env with a secret → migrations → a build when the current one is missing or stale →
// `next start` on PORT (3000 by default). `npm run dev` (--dev) does the same but runs `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent, currentBuildStamp, writeBuildStamp } from "./build-stamp";
import { deployMigrations } from "./db/migrate";
import { ensureEnvFile, loadEnvFile } from "./env-file";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

ensureEnvFile();
loadEnvFile();

await deployMigrations();

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

const server = spawn(nextBin, [dev ? "dev" : "start", "--port", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
