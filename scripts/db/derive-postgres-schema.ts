// Derives prisma/postgres/schema.prisma from prisma/schema.prisma (SQLite, the source of truth).
// Only two things differ: the datasource provider and the generated client's output folder.
//   tsx scripts/db/derive-postgres-schema.ts           rewrite the derived file if it is stale
//   tsx scripts/db/derive-postgres-schema.ts --check   exit 1 if it is stale (for CI)
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { DbProvider } from "../../src/server/db-url";
import { isMainModule, runCli } from "./cli";
import type { SchemaFile } from "./engine";
import { projectLayout, type MigrationLayout } from "./layout";

const DERIVED_HEADER = `// GENERATED from prisma/schema.prisma by scripts/db/derive-postgres-schema.ts: do not edit.
// Edit prisma/schema.prisma, then run \`npm run db:generate\` (also run on npm install).
`;

const DATASOURCE_PROVIDER = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
const GENERATOR_OUTPUT = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"([^"]+)"/;
const LEADING_COMMENTS = /^(?:\s*\/\/[^\n]*\n)+/;

/**
 * The PostgreSQL twin of the SQLite schema text. The client output moves from `…/sqlite` to
 * `…/postgres`, one folder further up because the derived schema sits in prisma/postgres/.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  if (!DATASOURCE_PROVIDER.test(sqliteSchema)) {
    throw new Error('Cannot derive the PostgreSQL schema: no datasource with provider = "sqlite" found');
  }
  const output = GENERATOR_OUTPUT.exec(sqliteSchema)?.[2];
  if (!output || path.posix.isAbsolute(output) || path.posix.basename(output) !== "sqlite") {
    throw new Error('Cannot derive the PostgreSQL schema: expected generator client { output = "<relative>/sqlite" }');
  }
  const postgresOutput = path.posix.join("..", path.posix.dirname(output), "postgres");
  const body = sqliteSchema
    .replace(LEADING_COMMENTS, "")
    .trimStart()
    .replace(DATASOURCE_PROVIDER, '$1"postgresql"')
    .replace(GENERATOR_OUTPUT, `$1"${postgresOutput}"`);
  return `${DERIVED_HEADER}\n${body}`;
}

/** Rewrites the derived schema when it differs; returns true when it changed. */
export async function writePostgresSchema(layout: MigrationLayout = projectLayout): Promise<boolean> {
  const derived = derivePostgresSchema(await readFile(layout.schemaPath, "utf8"));
  const current = await readFile(layout.postgresSchemaPath, "utf8").catch(() => undefined);
  if (current === derived) return false;
  await mkdir(path.dirname(layout.postgresSchemaPath), { recursive: true });
  await writeFile(layout.postgresSchemaPath, derived);
  return true;
}

/** True when the derived file on disk matches what the source of truth derives to. */
export async function isPostgresSchemaCurrent(layout: MigrationLayout = projectLayout): Promise<boolean> {
  const derived = derivePostgresSchema(await readFile(layout.schemaPath, "utf8"));
  const current = await readFile(layout.postgresSchemaPath, "utf8").catch(() => undefined);
  return current === derived;
}

async function main(): Promise<void> {
  const relative = path.relative(process.cwd(), projectLayout.postgresSchemaPath);
  if (process.argv.includes("--check")) {
    if (await isPostgresSchemaCurrent()) return console.log(`${relative} is up to date.`);
    console.error(`${relative} is stale: run \`npm run db:generate\` and commit the result.`);
    process.exitCode = 1;
    return;
  }
  console.log((await writePostgresSchema()) ? `Wrote ${relative}.` : `${relative} is up to date.`);
}

/**
 * The schema for one provider. PostgreSQL's is derived in memory from the source of truth, so a
 * stale derived file on disk can never leak into a migration.
 */
export async function readSchemaFor(provider: DbProvider, layout: MigrationLayout): Promise<SchemaFile> {
  const sqliteSchema = await readFile(layout.schemaPath, "utf8");
  return provider === "sqlite"
    ? { path: layout.schemaPath, content: sqliteSchema }
    : { path: layout.postgresSchemaPath, content: derivePostgresSchema(sqliteSchema) };
}

if (isMainModule(import.meta.url)) await runCli(main);
