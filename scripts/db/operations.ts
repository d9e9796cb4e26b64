// The migration commands that do not create migrations: deploy (apply), status, reset, drift check.
import { existsSync } from "node:fs";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath, type DbProvider } from "../../src/server/db-url";
import { displayPath, UserFacingError } from "./cli";
import { engineErrorCode, type SchemaEngine } from "./engine";
import { readSchemaFor } from "./derive-postgres-schema";
import { projectLayout, type MigrationLayout } from "./layout";
import { migrationNames, readMigrationList } from "./migrations-dir";
import { NO_FILTERS, withEngine } from "./session";

export interface MigrateOptions {
  /** Schema and migration folders; the project's own by default (tests pass a scratch copy). */
  layout?: MigrationLayout;
  /** Progress lines; console.log by default. Pass `() => {}` for silence. */
  log?: (line: string) => void;
}

const defaults = (options: MigrateOptions) => ({
  layout: options.layout ?? projectLayout,
  log: options.log ?? ((line: string) => console.log(line)),
});

/** P1014: the migrations table does not exist yet, i.e. a database nothing was ever applied to. */
const isMissingMigrationsTable = (error: unknown) => engineErrorCode(error) === "P1014";

/** Applying an empty list creates `_prisma_migrations` (pitfall 1: diagnostics throw P1014 without it). */
export async function ensureMigrationsTable(engine: SchemaEngine, list: MigrationList): Promise<void> {
  await engine.applyMigrations({ migrationsList: { ...list, migrationDirectories: [] }, filters: NO_FILTERS });
}

/**
 * Applies every pending migration of the provider `url` names (the `deploy` command). A SQLite file
 * and its folder are created if missing; a PostgreSQL database must exist.
 */
export async function applyMigrations(url: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const { layout, log } = defaults(options);
  return withEngine(url, layout, async ({ engine, migrationsDir }) => {
    const list = await readMigrationList(migrationsDir);
    if (list.migrationDirectories.length === 0) {
      throw new UserFacingError(`No migrations found in ${migrationsDir}.`);
    }
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
    for (const name of appliedMigrationNames) log(`Applied migration ${name}`);
    log(
      appliedMigrationNames.length === 0
        ? `Database is up to date (${list.migrationDirectories.length} migration(s) applied).`
        : `Applied ${appliedMigrationNames.length} migration(s).`,
    );
    return { applied: appliedMigrationNames };
  });
}

export interface MigrationStatus {
  provider: DbProvider;
  migrationsDir: string;
  /** Migrations in the folder, oldest first. */
  local: string[];
  /** In the folder but not applied to the database. */
  pending: string[];
  /** Applied to the database but missing from the folder (another branch, or deleted files). */
  unknownToFolder: string[];
  /** Started but never finished: need a look, then `db:reset` in development. */
  failed: string[];
  /** Applied, then edited in the folder afterwards (checksum differs). */
  edited: string[];
  upToDate: boolean;
}

/** Compares the database's migration history with the folder; changes nothing. */
export async function migrationStatus(url: string, options: MigrateOptions = {}): Promise<MigrationStatus> {
  const { layout } = defaults(options);
  return withEngine(url, layout, async ({ engine, provider, migrationsDir }) => {
    const list = await readMigrationList(migrationsDir);
    const local = migrationNames(list);
    const base = { provider, migrationsDir, local, unknownToFolder: [], failed: [], edited: [] };
    let diagnosis;
    try {
      diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList: list,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
    } catch (error) {
      if (!isMissingMigrationsTable(error)) throw error;
      return { ...base, pending: local, upToDate: local.length === 0 };
    }
    const history = diagnosis.history;
    const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const unknownToFolder = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
    const failed = diagnosis.failedMigrationNames;
    const edited = diagnosis.editedMigrationNames;
    const upToDate = history === null && failed.length === 0 && edited.length === 0;
    return { ...base, pending, unknownToFolder, failed, edited, upToDate };
  });
}

/** Human-readable lines for a status, as `npm run db:status` prints them. */
export function describeStatus(status: MigrationStatus): string[] {
  const lines = [`${status.local.length} migration(s) in ${displayPath(status.migrationsDir)} (${status.provider}).`];
  const list = (label: string, names: string[]) => {
    if (names.length > 0) lines.push(`${label}:`, ...names.map((name) => `  - ${name}`));
  };
  list("Not yet applied (run `npm run db:deploy`)", status.pending);
  list("Applied but not in the folder", status.unknownToFolder);
  list("Failed (fix, then `npm run db:reset` in development)", status.failed);
  list("Edited after being applied", status.edited);
  if (status.upToDate) lines.push("Database schema is up to date.");
  return lines;
}

export interface ResetOptions extends MigrateOptions {
  /** Required to reset when NODE_ENV=production. */
  force?: boolean;
}

/** Drops everything in the database, then applies all migrations again. Data is lost. */
export async function resetDatabaseSchema(url: string, options: ResetOptions = {}): Promise<{ applied: string[] }> {
  if (process.env.NODE_ENV === "production" && !options.force) {
    throw new UserFacingError("Refusing to reset a database while NODE_ENV=production (pass --force if you mean it).");
  }
  const { layout, log } = defaults(options);
  if (databaseProvider(url) === "sqlite") {
    dropEverythingInSqlite(sqliteFilePath(url));
  } else {
    await withEngine(url, layout, ({ engine }) => engine.reset({ filter: NO_FILTERS }));
  }
  log(`Dropped everything in the ${databaseProvider(url)} database.`);
  return applyMigrations(url, options);
}

/**
 * The engine's `reset` leaves a SQLite database as it was when driven through an adapter (the native
 * engine deletes the file instead), so we drop its objects ourselves. The file itself stays, so an
 * app holding it open sees the new schema rather than a deleted inode.
 */
function dropEverythingInSqlite(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = OFF");
    const objects = db
      .prepare("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%'")
      .all() as { type: "view" | "table"; name: string }[];
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    db.transaction(() => {
      // Views first: they may refer to tables. Indexes and triggers go with their tables.
      for (const { name } of objects.filter((object) => object.type === "view")) db.exec(`DROP VIEW ${quote(name)}`);
      for (const { name } of objects.filter((object) => object.type === "table")) db.exec(`DROP TABLE ${quote(name)}`);
    })();
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}

/**
 * The SQL that would bring "the migrations replayed on an empty database" to the schema: empty
 * when the committed migrations and schema.prisma agree. Uses a shadow database only.
 */
export async function schemaDriftFromMigrations(url: string, options: MigrateOptions = {}): Promise<string> {
  const { layout } = defaults(options);
  return withEngine(url, layout, async ({ engine, provider, migrationsDir }) => {
    const schema = await readSchemaFor(provider, layout);
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationList(migrationsDir)) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}
