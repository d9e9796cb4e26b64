// Prisma CLI configuration. Loaded by every `prisma …` command before the CLI checks for its native
// schema-engine binary, which is why the offline trick below lives here.
//
// Migrations do NOT go through the Prisma CLI in this project: see scripts/db/migrate.ts and
// docs/decisions/0002-prisma-offline-migrations.md. This file mostly serves `prisma generate`
// (run by scripts/db/generate.ts) and, on a machine with internet, the ordinary `prisma migrate …`.
import { defineConfig } from "prisma/config";

/** Same default as src/server/db-url.ts: a SQLite file under data/ (relative to the project root). */
const DEFAULT_DATABASE_URL = "file:./data/pathfinder.db";

/** Commands that really run the schema engine: leave the normal binary download in place for them. */
const COMMANDS_NEEDING_SCHEMA_ENGINE = new Set(["migrate", "db", "studio"]);

const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));

// Every Prisma CLI command first makes sure the native schema-engine binary exists and tries to
// download it (unreachable on offline machines and in CI). `generate` never runs that binary, so
// pointing the variable at any existing file (node itself) lets it work offline.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !COMMANDS_NEEDING_SCHEMA_ENGINE.has(command ?? "")) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
process.env.CHECKPOINT_DISABLE ??= "1"; // no telemetry call

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

// For the ordinary CLI on a machine with internet: a PostgreSQL DATABASE_URL (or an explicit
// --schema prisma/postgres/schema.prisma) selects the derived schema and its own migrations folder.
const postgres = /^postgres(ql)?:\/\//i.test(url) || process.argv.some((arg) => arg.includes("postgres/schema.prisma"));

export default defineConfig({
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  datasource: { url },
});
