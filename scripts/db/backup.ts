// Backups of the embedded database, restore, and the start-up check (docs/deploy.md, "Backups").
// - backup: SQLite's online backup API (better-sqlite3's backup()) copies a consistent snapshot that includes
//   what is still in the -wal, while the app keeps writing; then PRAGMA integrity_check on the copy.
// - restore: refuses while a server holds the file (scripts/instance-lock.ts), removes a stale -wal and -shm
//   (replayed onto a restored file they corrupt it), checks the backup's integrity, and migrates.
// - quick_check: `npm start` refuses a corrupt file with one sentence instead of serving 500s.
// PostgreSQL has its own tools (pg_dump / pg_restore); these commands are for SQLite only.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { configuredDatabaseUrl, databaseProvider, redactDatabaseUrl, sqliteFilePath } from "../../src/server/db-url";
import { isInstanceRunning } from "../instance-lock";
import { displayPath, UserFacingError } from "./cli";
import { applyMigrations } from "./operations";

const POSTGRES_HINT = 'For PostgreSQL use pg_dump and pg_restore (docs/deploy.md, "Backups").';

function sqliteFileOf(url: string): string {
  if (databaseProvider(url) !== "sqlite") {
    throw new UserFacingError(`${redactDatabaseUrl(url)} is a PostgreSQL database. ${POSTGRES_HINT}`);
  }
  return sqliteFilePath(url);
}

/** "ok", or what integrity_check / quick_check found (the first lines), or the error opening the file. */
function check(file: string, pragma: "integrity_check" | "quick_check"): string {
  let database: Database.Database | undefined;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
    const rows = database.pragma(`${pragma}(5)`, { simple: false }) as Record<string, string>[];
    const lines = rows.map((row) => String(Object.values(row)[0]).replace(/\s+/g, " ").trim());
    return lines.length === 1 && lines[0] === "ok" ? "ok" : lines.join("; ");
  } catch (error) {
    return (error as Error).message;
  } finally {
    database?.close();
  }
}

/** `YYYYMMDD-HHMMSS` in UTC, for backup file names. */
export function backupStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace("T", "-").replace(/\..*$/, "");
}

/**
 * Copies the SQLite database `url` names into `dir` as `<name>-<stamp>.db` while the app may keep writing,
 * then checks the copy. Returns the file written.
 */
export async function backupDatabase(
  url: string = configuredDatabaseUrl(),
  { dir = "backups", now = new Date() }: { dir?: string; now?: Date } = {},
): Promise<string> {
  const source = sqliteFileOf(url);
  if (!existsSync(source)) throw new UserFacingError(`There is no database at ${displayPath(source)} to back up.`);
  mkdirSync(dir, { recursive: true });
  const target = path.resolve(dir, `${path.basename(source, path.extname(source))}-${backupStamp(now)}.db`);
  const partial = `${target}.partial`;
  const database = new Database(source, { fileMustExist: true, timeout: 5_000 });
  try {
    // After the first step, every remaining page in one step: a write between small steps would make SQLite
    // start the copy over, and a busy app could keep it from ever finishing.
    await database.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    database.close();
  }
  const integrity = check(partial, "integrity_check");
  if (integrity !== "ok") {
    rmSync(partial, { force: true });
    throw new UserFacingError(`The backup failed its integrity check (${integrity}); nothing was written.`);
  }
  renameSync(partial, target);
  return target;
}

/**
 * Puts the backup `backupFile` in place of the SQLite database `url` names: refused while a server holds the
 * file; the backup must pass integrity_check; the stale -wal and -shm go; then pending migrations are applied.
 */
export async function restoreDatabase(backupFile: string, url: string = configuredDatabaseUrl()): Promise<{ applied: string[] }> {
  const target = sqliteFileOf(url);
  if (!existsSync(backupFile)) throw new UserFacingError(`There is no backup at ${displayPath(backupFile)}.`);
  if (isInstanceRunning(target)) {
    throw new UserFacingError(`A server is running on ${displayPath(target)}: stop it first, then restore.`);
  }
  const integrity = check(backupFile, "integrity_check");
  if (integrity !== "ok") {
    throw new UserFacingError(`${displayPath(backupFile)} failed its integrity check (${integrity}); nothing was restored.`);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  // The old file's -wal belongs to the old file: replayed onto the restored one, it would corrupt it.
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
  const partial = `${target}.restoring`;
  copyFileSync(backupFile, partial);
  renameSync(partial, target);
  const afterCopy = check(target, "quick_check");
  if (afterCopy !== "ok") throw new UserFacingError(`The restored file failed its check (${afterCopy}).`);
  return applyMigrations(url);
}

/**
 * For start-up: null when the SQLite file is sound (or does not exist yet, or the database is PostgreSQL),
 * else one sentence saying what to do.
 */
export function quickCheckProblem(url: string = configuredDatabaseUrl()): string | null {
  if (databaseProvider(url) !== "sqlite") return null;
  const file = sqliteFilePath(url);
  if (!existsSync(file)) return null;
  const result = check(file, "quick_check");
  if (result === "ok") return null;
  return (
    `The database file ${displayPath(file)} is corrupt (quick_check: ${result}), so the server will not start on it: ` +
    'restore a backup with `npm run db:restore FILE` (docs/deploy.md, "Backups").'
  );
}
