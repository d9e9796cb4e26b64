// Where the schema and the migration folders live. Commands take a layout so that tests can run
// them against a scratch copy in a temporary folder instead of the project's own files.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DbProvider } from "../../src/server/db-url";

export interface MigrationLayout {
  /** The SQLite schema: the single source of truth. */
  schemaPath: string;
  /** The derived PostgreSQL schema (also the name the engine reports it under). */
  postgresSchemaPath: string;
  /** One migration history per provider, each with its own migration_lock.toml. */
  migrationsDirs: Record<DbProvider, string>;
}

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A layout rooted at `prismaDir`: the project's is `<root>/prisma`. */
export function layoutIn(prismaDir: string): MigrationLayout {
  return {
    schemaPath: path.join(prismaDir, "schema.prisma"),
    postgresSchemaPath: path.join(prismaDir, "postgres", "schema.prisma"),
    migrationsDirs: {
      sqlite: path.join(prismaDir, "migrations"),
      postgres: path.join(prismaDir, "postgres", "migrations"),
    },
  };
}

export const projectLayout: MigrationLayout = layoutIn(path.join(projectRoot, "prisma"));
