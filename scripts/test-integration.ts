// `npm run test:integration [-- <vitest args>]`: the integration suite twice, once per provider,
// each time on a throwaway database migrated from the committed migrations:
//   1. a fresh SQLite file in a temp folder;
//   2. a `pathfinder_test_…` database on TEST_DATABASE_URL's server (default 127.0.0.1:5432),
//      dropped afterwards. Without a reachable server this run is skipped, except under CI:
//      then it fails, so that CI can never pass without having tested PostgreSQL.
// `--sqlite-only` (first argument) runs the SQLite half alone: the shifted-clock run uses it, since faketime
// shifts this process tree's clock but not the PostgreSQL server's.
// The suite gets DATABASE_URL and TEST_DB_PROVIDER=sqlite|postgres. A REDIS_URL in the shell reaches only the
// Redis store's own test (as TEST_REDIS_URL): Redis outlives the throwaway databases, so counts left by one run
// (or by the SQLite run) would otherwise limit the next one.
import { spawn } from "node:child_process";
import path from "node:path";
import { redactDatabaseUrl, type DbProvider } from "../src/server/db-url";
import { projectRoot } from "./db/layout";
import { createMigratedTestDatabase } from "./db/migrate";
import { isPostgresReachable, postgresRequired, scratchPostgresUrl } from "./db/postgres-admin";

const vitestEntry = path.join(projectRoot, "node_modules", "vitest", "vitest.mjs");
const sqliteOnly = process.argv[2] === "--sqlite-only";
const vitestArgs = process.argv.slice(sqliteOnly ? 3 : 2);

function runSuite(provider: DbProvider, databaseUrl: string): Promise<boolean> {
  console.log(`\n══ Integration tests on ${provider}: ${redactDatabaseUrl(databaseUrl)}\n`);
  const child = spawn(process.execPath, [vitestEntry, "run", "--config", "vitest.integration.config.ts", ...vitestArgs], {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEST_DB_PROVIDER: provider,
      NODE_ENV: "test",
      REDIS_URL: "",
      TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? "",
    },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code === 0)));
}

/** Creates the database, runs the suite on it, and drops it whatever happened. */
async function runOn(provider: DbProvider): Promise<boolean> {
  const database = await createMigratedTestDatabase(provider);
  try {
    return await runSuite(provider, database.url);
  } finally {
    await database.drop();
  }
}

async function main(): Promise<number> {
  // Ctrl-C reaches vitest too; staying alive until it exits lets the `finally` drop the database.
  process.on("SIGINT", () => {});

  const results: [string, boolean | "skipped"][] = [["sqlite", await runOn("sqlite")]];

  const postgresServer = scratchPostgresUrl();
  if (sqliteOnly) {
    results.push(["postgres", "skipped"]);
  } else if (await isPostgresReachable(postgresServer)) {
    results.push(["postgres", await runOn("postgres")]);
  } else if (postgresRequired()) {
    console.error(`\nPostgreSQL is not reachable at ${redactDatabaseUrl(postgresServer)}, and CI requires it.`);
    results.push(["postgres", false]);
  } else {
    console.warn(
      `\nSkipped the PostgreSQL run: no server at ${redactDatabaseUrl(postgresServer)} ` +
        "(set TEST_DATABASE_URL to use another one; under CI this is a failure).",
    );
    results.push(["postgres", "skipped"]);
  }

  console.log("\n══ Integration tests");
  for (const [provider, outcome] of results) {
    console.log(`  ${provider.padEnd(8)} ${outcome === "skipped" ? "skipped" : outcome ? "passed" : "FAILED"}`);
  }
  return results.some(([, outcome]) => outcome === false) ? 1 : 0;
}

process.exitCode = await main();
