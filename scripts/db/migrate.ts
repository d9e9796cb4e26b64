// Migrations without Prisma's native schema engine (it cannot be downloaded offline): the engine
// compiled to WebAssembly, driven through driver adapters. See docs/decisions/0002-….
// The library: call `deployMigrations()` at start-up (applies pending migrations to the database
// DATABASE_URL names), or `applyMigrations(url, options)` for any other database. Tests:
// `createMigratedTestDatabase(provider)` gives a throwaway migrated database. The command line
// (`npm run db:…`) is scripts/db/migrate-cli.ts.
import { configuredDatabaseUrl, databaseProvider, redactDatabaseUrl } from "../../src/server/db-url";
import { UserFacingError } from "./cli";
import { applyMigrations } from "./operations";

export { createMigration, migrationSlug } from "./create-migration";
export type { CreateMigrationOptions, CreateMigrationResult } from "./create-migration";
export { applyMigrations, describeStatus, migrationStatus, resetDatabaseSchema, schemaDriftFromMigrations } from "./operations";
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
  for (let announced = false; ;) {
    try {
      return await applyMigrations(url);
    } catch (error) {
      if (databaseProvider(url) !== "sqlite" || !isDatabaseBusyError(error)) throw error;
      if (Date.now() >= deadline) {
        throw new UserFacingError(
          `The database ${redactDatabaseUrl(url)} stayed locked by another process for ${Math.round(waitMs / 1000)} s, ` +
            "so migrations could not run: stop the other instance first (one SQLite file serves one server; several nodes need PostgreSQL, see docs/deploy.md).",
        );
      }
      if (!announced) console.log("The database is busy (another instance is using it); waiting for it…");
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, retryEveryMs));
    }
  }
}
