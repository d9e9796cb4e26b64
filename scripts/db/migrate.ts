// Migrations without Prisma's native schema engine (it cannot be downloaded offline): the engine
// compiled to WebAssembly, driven through driver adapters. See docs/decisions/0002-….
//
// FOR OTHER CODE: call `deployMigrations()` at start-up (applies pending migrations to the
// database DATABASE_URL names), or `applyMigrations(url, options)` for any other database.
// Tests: `createMigratedTestDatabase(provider)` gives a throwaway migrated database.
//
// Command line (npm run db:…):
//   deploy                                   apply pending migrations
//   dev <name> | --name <name> [--create-only] [--accept-data-loss]
//                                            write a migration for both providers, apply it here
//   status                                   compare the database with the migrations folder
//   reset [--force]                          drop everything, re-apply (refused in production without --force)
// DATABASE_URL picks the database: postgres:// or postgresql:// → PostgreSQL; else a SQLite file
// (default file:./data/pathfinder.db).
import { parseArgs } from "node:util";
import { configuredDatabaseUrl, databaseProvider, redactDatabaseUrl } from "../../src/server/db-url";
import { isMainModule, runCli, UserFacingError } from "./cli";
import { createMigration } from "./create-migration";
import { applyMigrations, describeStatus, migrationStatus, resetDatabaseSchema } from "./operations";

export { createMigration, migrationSlug } from "./create-migration";
export type { CreateMigrationOptions, CreateMigrationResult } from "./create-migration";
export {
  applyMigrations,
  describeStatus,
  migrationStatus,
  resetDatabaseSchema,
  schemaDriftFromMigrations,
} from "./operations";
export type { MigrateOptions, MigrationStatus, ResetOptions } from "./operations";
export { createMigratedTestDatabase } from "./test-database";
export type { TestDatabase, TestDatabaseOptions } from "./test-database";
export { projectLayout, layoutIn } from "./layout";
export type { MigrationLayout } from "./layout";

/** A SQLite file held by another process (the WASM engine reports SQLITE_BUSY as an unknown `SocketTimeout`). */
export function isDatabaseBusyError(error: unknown): boolean {
  return /SocketTimeout|SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error));
}

/**
 * Start-up entry point: applies pending migrations to the database DATABASE_URL names. When another
 * instance holds the SQLite file (a rolling restart), it waits up to `waitMs` and retries, then stops with
 * one plain sentence instead of the engine's error.
 */
export async function deployMigrations(
  url: string = configuredDatabaseUrl(),
  { waitMs = 30_000, retryEveryMs = 1_000 }: { waitMs?: number; retryEveryMs?: number } = {},
): Promise<{ applied: string[] }> {
  console.log(`Migrating ${databaseProvider(url)} database ${redactDatabaseUrl(url)}`);
  const deadline = Date.now() + waitMs;
  for (let announced = false; ; ) {
    try {
      return await applyMigrations(url);
    } catch (error) {
      if (databaseProvider(url) !== "sqlite" || !isDatabaseBusyError(error)) throw error;
      if (Date.now() >= deadline) {
        throw new UserFacingError(
          `The database ${redactDatabaseUrl(url)} stayed locked by another process for ${Math.round(waitMs / 1000)} s, ` +
            "so migrations could not run: stop the other instance, or start this one with MIGRATE_ON_START=0.",
        );
      }
      if (!announced) console.log("The database is busy (another instance is using it); waiting for it…");
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, retryEveryMs));
    }
  }
}

const USAGE =
  "usage: tsx scripts/db/migrate.ts deploy | status | reset [--force]" +
  " | dev <name> [--create-only] [--accept-data-loss]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
  });
  const [command, ...rest] = positionals;
  const url = configuredDatabaseUrl();

  switch (command) {
    case "deploy":
      await deployMigrations(url);
      return;
    case "status": {
      console.log(`${databaseProvider(url)} database ${redactDatabaseUrl(url)}`);
      const status = await migrationStatus(url);
      for (const line of describeStatus(status)) console.log(line);
      if (!status.upToDate) process.exitCode = 1; // like `prisma migrate status`, for scripts and CI
      return;
    }
    case "reset":
      await resetDatabaseSchema(url, { force: values.force });
      console.log("Run `npm run db:seed` for the demo account.");
      return;
    case "dev": {
      const name = values.name ?? rest[0];
      if (!name) {
        throw new UserFacingError(`dev needs a migration name, e.g. \`npm run db:migrate -- add_goals\`\n${USAGE}`);
      }
      const result = await createMigration(url, {
        name,
        createOnly: values["create-only"],
        acceptDataLoss: values["accept-data-loss"],
      });
      if (result.folder && !values["create-only"]) {
        const { generateClients } = await import("./generate"); // the schema may have changed
        await generateClients();
      }
      return;
    }
    default:
      throw new UserFacingError(USAGE);
  }
}

if (isMainModule(import.meta.url)) await runCli(main);
