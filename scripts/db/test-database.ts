// Throwaway, fully migrated databases for integration tests (and anything else that needs one).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DbProvider } from "../../src/server/db-url";
import { applyMigrations, type MigrateOptions } from "./operations";
import { createTemporaryPostgresDatabase, scratchPostgresUrl } from "./postgres-admin";

export interface TestDatabase {
  provider: DbProvider;
  url: string;
  /** Deletes the SQLite file's folder, or drops the PostgreSQL database. */
  drop: () => Promise<void>;
}

export interface TestDatabaseOptions extends MigrateOptions {
  /** Skip the migrations: an empty database. */
  empty?: boolean;
  /** The PostgreSQL server to create the database on; TEST_DATABASE_URL or 127.0.0.1:5432 by default. */
  postgresServerUrl?: string;
}

/**
 * A new database with every migration applied: a SQLite file in a fresh temp folder, or a
 * `pathfinder_test_…` database on the PostgreSQL server. Always `drop()` it when done.
 */
export async function createMigratedTestDatabase(provider: DbProvider, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const database = await createEmptyDatabase(provider, options.postgresServerUrl ?? scratchPostgresUrl());
  if (options.empty) return database;
  try {
    await applyMigrations(database.url, { log: () => {}, ...options });
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function createEmptyDatabase(provider: DbProvider, postgresServerUrl: string): Promise<TestDatabase> {
  if (provider === "postgres") {
    const { url, drop } = await createTemporaryPostgresDatabase(postgresServerUrl, "test");
    return { provider, url, drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "pathfinder-test-"));
  return {
    provider,
    url: `file:${path.join(dir, "test.db")}`,
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}
