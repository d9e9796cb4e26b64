// `migrate dev`: writes a new migration for BOTH providers from the current schema, then applies it
// to the configured database. The other provider's migration is computed against a scratch
// database of that kind (a temporary SQLite file, or a temporary PostgreSQL database).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type {
  CreateMigrationOutput,
  DevDiagnosticOutput,
  EvaluateDataLossOutput,
  MigrationList,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseProvider, redactDatabaseUrl, type DbProvider } from "../../src/server/db-url";
import { displayPath, UserFacingError } from "./cli";
import { engineErrorCode, type SchemaEngine } from "./engine";
import { readSchemaFor } from "./derive-postgres-schema";
import { projectLayout, type MigrationLayout } from "./layout";
import { migrationNames, readMigrationList, writeMigration } from "./migrations-dir";
import { applyMigrations, ensureMigrationsTable, type MigrateOptions } from "./operations";
import { createTemporaryPostgresDatabase, isPostgresReachable, postgresRequired, scratchPostgresUrl } from "./postgres-admin";
import { NO_FILTERS, withEngine } from "./session";

export interface CreateMigrationOptions extends MigrateOptions {
  /** Becomes the folder name's suffix: `<timestamp>_<name>`. */
  name: string;
  /** Write the files but apply nothing (to edit the SQL first). Writes an empty migration if nothing changed. */
  createOnly?: boolean;
  /** Apply even if the engine warns about data loss (dropped columns, …). */
  acceptDataLoss?: boolean;
  /** A PostgreSQL server to diff against when the configured database is SQLite. */
  postgresServerUrl?: string;
  /**
   * When the configured database is SQLite and no PostgreSQL server answers: true stops with an error,
   * false writes the SQLite half only and says so in one line. Default: true under CI (`postgresRequired`).
   */
  requirePostgres?: boolean;
}

export interface CreateMigrationResult {
  /** `<timestamp>_<name>`, or null when the schema had no changes. */
  folder: string | null;
  /** The migration.sql files written, per provider. */
  written: Partial<Record<DbProvider, string>>;
  /** Migrations applied to the configured database (pending ones included). */
  applied: string[];
}

interface Draft {
  provider: DbProvider;
  output: CreateMigrationOutput;
  dataLoss?: EvaluateDataLossOutput;
}

const otherProvider = (provider: DbProvider): DbProvider => (provider === "sqlite" ? "postgres" : "sqlite");

/** Prisma's folder-name rules: lower-case letters, digits and underscores. */
export function migrationSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new UserFacingError(`"${name}" is not usable as a migration name: use letters and digits.`);
  return slug;
}

export async function createMigration(url: string, options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const layout = options.layout ?? projectLayout;
  const log = options.log ?? ((line: string) => console.log(line));
  const name = migrationSlug(options.name);
  const configured = databaseProvider(url);
  const other = otherProvider(configured);

  // Decide before touching anything whether the other provider can be diffed.
  const postgresServer = options.postgresServerUrl ?? scratchPostgresUrl();
  let diffOther = true;
  if (other === "postgres" && !(await isPostgresReachable(postgresServer))) {
    if (options.requirePostgres ?? postgresRequired()) {
      throw new UserFacingError(
        "Creating the PostgreSQL migration needs a PostgreSQL server to diff against, and none answered at " +
          `${redactDatabaseUrl(postgresServer)} (CI requires it).\n` +
          "Start one, or set TEST_DATABASE_URL to a server where you may create databases.",
      );
    }
    log(
      `PostgreSQL skipped: no server at ${redactDatabaseUrl(postgresServer)}, so only the SQLite migration is written ` +
        "(run this again with a server, or set TEST_DATABASE_URL, to add the PostgreSQL one).",
    );
    diffOther = false;
  }

  const configuredDraft = await draftOnConfiguredDatabase(url, layout, name, options, log);
  const otherDraft = diffOther ? await draftOnScratchDatabase(other, layout, name, options.createOnly ?? false, postgresServer) : null;
  const drafts = [configuredDraft, otherDraft].filter((draft): draft is Draft => draft !== null && draft.output.migrationScript !== null);
  if (drafts.length === 0) {
    log("No schema changes: no migration created.");
    return { folder: null, written: {}, applied: configuredDraft.applied };
  }
  if (drafts.length === 1 && diffOther) {
    log(`Warning: only ${drafts[0]!.provider} has changes; the two migration histories had drifted apart.`);
  }
  assertSafeToApply(configuredDraft, options);

  // One folder name for both providers, so the two histories read alike.
  const existing = migrationNames(await readMigrationList(layout.migrationsDirs[configured]));
  const folder = folderAfter(drafts[0]!.output.generatedMigrationName, existing);
  const written: Partial<Record<DbProvider, string>> = {};
  for (const draft of drafts) {
    const script = draft.output.migrationScript!;
    const file = await writeMigration(layout.migrationsDirs[draft.provider], draft.provider, folder, script);
    written[draft.provider] = file;
    log(`Wrote ${displayPath(file)}`);
  }
  if (options.createOnly || !written[configured]) {
    return { folder, written, applied: configuredDraft.applied };
  }
  const { applied } = await applyMigrations(url, { layout, log });
  return { folder, written, applied: [...configuredDraft.applied, ...applied] };
}

/**
 * The engine names folders `<UTC yyyymmddhhmmss>_<name>`. Two migrations created within the same
 * second (tests, scripts) would then sort by name rather than by age, so bump the timestamp past
 * the newest existing folder when needed.
 */
export function folderAfter(generated: string, existingFolders: string[]): string {
  const timestampOf = (folder: string) => /^(\d{14})_/.exec(folder)?.[1];
  const generatedTimestamp = timestampOf(generated);
  const newest = existingFolders.map(timestampOf).filter(Boolean).sort().at(-1);
  if (!generatedTimestamp || !newest || generatedTimestamp > newest) return generated;
  const newestIso = newest.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z");
  const stamp = new Date(Date.parse(newestIso) + 1000).toISOString().replace(/\D/g, "").slice(0, 14);
  return `${stamp}${generated.slice(generatedTimestamp.length)}`;
}

/** Brings the configured database up to date with the folder, then drafts the next migration. */
async function draftOnConfiguredDatabase(
  url: string,
  layout: MigrationLayout,
  name: string,
  options: CreateMigrationOptions,
  log: (line: string) => void,
): Promise<Draft & { applied: string[] }> {
  return withEngine(url, layout, async ({ engine, provider, migrationsDir }) => {
    const migrationsList = await readMigrationList(migrationsDir);
    const schema = await readSchemaFor(provider, layout);

    const diagnostic = await diagnoseForDev(engine, migrationsList);
    if (diagnostic.action.tag === "reset") {
      throw new UserFacingError(
        `The database no longer matches ${displayPath(migrationsDir)}: ${diagnostic.action.reason}\n` +
          "In development, `npm run db:reset` drops all data and re-applies the migrations.",
      );
    }
    const applied = await applyAndPrimeCache(engine, migrationsList);
    for (const name of applied) log(`Applied pending migration ${name}`);

    const target = { files: [schema] };
    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema: target, filters: NO_FILTERS });
    const output = await engine.createMigration({
      draft: options.createOnly ?? false,
      migrationName: name,
      migrationsList,
      schema: { files: [schema] },
      filters: NO_FILTERS,
    });
    return { provider, output, dataLoss, applied };
  });
}

/** Pitfall 1: `devDiagnostic` throws P1014 on a database nothing was ever applied to (no migrations table). */
async function diagnoseForDev(engine: SchemaEngine, migrationsList: MigrationList): Promise<DevDiagnosticOutput> {
  const diagnose = () => engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
  return diagnose().catch(async (error: unknown) => {
    if (engineErrorCode(error) !== "P1014") throw error;
    await ensureMigrationsTable(engine, migrationsList);
    return diagnose();
  });
}

/**
 * Applies pending migrations, then runs `devDiagnostic` once more. `createMigration` and
 * `evaluateDataLoss` never touch a shadow database themselves: they read "the schema the migrations
 * produce" from a cache that only `devDiagnostic` fills, by replaying on a shadow database the
 * migrations the database has applied. Without a cache entry for the whole folder they fail with
 * "shadow DB must be provided through an external factory".
 */
async function applyAndPrimeCache(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
  return appliedMigrationNames;
}

/** Drafts the migration for the provider that is not configured, on a throwaway database. */
async function draftOnScratchDatabase(
  provider: DbProvider,
  layout: MigrationLayout,
  name: string,
  createOnly: boolean,
  postgresServer: string,
): Promise<Draft> {
  const scratch = await createScratchDatabase(provider, postgresServer);
  try {
    return await withEngine(scratch.url, layout, async ({ engine, migrationsDir }) => {
      const schema = await readSchemaFor(provider, layout);
      const migrationsList = await readMigrationList(migrationsDir);
      await applyAndPrimeCache(engine, migrationsList);
      const output = await engine.createMigration({
        draft: createOnly,
        migrationName: name,
        migrationsList,
        schema: { files: [schema] },
        filters: NO_FILTERS,
      });
      return { provider, output };
    });
  } finally {
    await scratch.drop();
  }
}

async function createScratchDatabase(provider: DbProvider, postgresServer: string) {
  if (provider === "postgres") return createTemporaryPostgresDatabase(postgresServer, "diff");
  const dir = await mkdtemp(path.join(os.tmpdir(), "pathfinder-diff-"));
  return { url: `file:${path.join(dir, "scratch.db")}`, drop: () => rm(dir, { recursive: true, force: true }) };
}

function assertSafeToApply(draft: Draft, options: CreateMigrationOptions): void {
  if (options.createOnly || !draft.dataLoss) return;
  const { unexecutableSteps, warnings } = draft.dataLoss;
  if (unexecutableSteps.length > 0) {
    throw new UserFacingError(
      "This change cannot be applied to the existing data:\n" +
        unexecutableSteps.map((step) => `  - ${step.message}`).join("\n") +
        "\nUse --create-only, edit the generated SQL, then `npm run db:deploy`.",
    );
  }
  if (warnings.length > 0 && !options.acceptDataLoss) {
    throw new UserFacingError(
      "This change may lose data:\n" +
        warnings.map((warning) => `  - ${warning.message}`).join("\n") +
        "\nRun again with --accept-data-loss, or use --create-only and edit the SQL.",
    );
  }
}
