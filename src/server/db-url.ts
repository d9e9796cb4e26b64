// Reading DATABASE_URL: which database it names and, for SQLite, which file.
// Framework-free and without Prisma imports, so scripts/ (migrations, start-up) and the app agree.
import path from "node:path";

/** Used when DATABASE_URL is unset: a SQLite file under data/, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./data/pathfinder.db";

export type DbProvider = "sqlite" | "postgres";

/** The configured URL; an empty DATABASE_URL counts as unset. */
export function configuredDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** postgres:// or postgresql:// → PostgreSQL; anything else is taken as a SQLite file. */
export function databaseProvider(url: string): DbProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/**
 * The absolute file behind a SQLite URL (`file:./data/x.db`, `file:/tmp/x.db` or a bare path).
 * Relative paths resolve against `baseDir`, the working directory by default: npm scripts, `next`
 * and the start-up script all run from the project root, like prisma.config.ts.
 */
export function sqliteFilePath(url: string, baseDir: string = process.cwd()): string {
  const withoutScheme = url.replace(/^file:/i, "").replace(/\?.*$/, "");
  if (withoutScheme === "") throw new Error(`DATABASE_URL "${url}" names no SQLite file`);
  return path.resolve(baseDir, withoutScheme);
}

/** The URL without its password, for log lines and error messages. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
