// One schema engine connected to one database, opened and closed around a piece of work.
import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseProvider, redactDatabaseUrl, type DbProvider } from "../../src/server/db-url";
import { createMigrationAdapter } from "./adapters";
import { UserFacingError } from "./cli";
import { openSchemaEngine, type SchemaEngine } from "./engine";
import { readSchemaFor } from "./derive-postgres-schema";
import type { MigrationLayout } from "./layout";
import { withPgClient } from "./postgres-admin";

/** No externally managed tables or enums in this project. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineSession {
  engine: SchemaEngine;
  provider: DbProvider;
  migrationsDir: string;
}

/** Runs `work` with an engine bound to `url`; always frees it and closes every connection. */
export async function withEngine<T>(url: string, layout: MigrationLayout, work: (session: EngineSession) => Promise<T>): Promise<T> {
  const provider = databaseProvider(url);
  if (provider === "postgres") await assertPostgresDatabaseReachable(url);
  const adapter = createMigrationAdapter(url);
  try {
    const engine = await openSchemaEngine(await readSchemaFor(provider, layout), adapter.factory);
    try {
      return await work({ engine, provider, migrationsDir: layout.migrationsDirs[provider] });
    } finally {
      engine.free();
    }
  } finally {
    await adapter.close();
  }
}

/** Turns "cannot connect" into a sentence: the engine's own message for it is cryptic. */
async function assertPostgresDatabaseReachable(url: string): Promise<void> {
  try {
    await withPgClient(url, (client) => client.query("SELECT 1"));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const where = redactDatabaseUrl(url);
    if (code === "3D000") {
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      throw new UserFacingError(`PostgreSQL database "${name}" does not exist (${where}). Create it first, e.g. \`createdb ${name}\`.`);
    }
    throw new UserFacingError(`Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`);
  }
}
