// The single-instance guard for SQLite: one server per database file. The server (scripts/serve.ts) holds an
// exclusive lock on a sidecar SQLite file beside the database for as long as it runs; the operating system
// drops the lock when the process ends, even on kill -9, so a crash never leaves a stale lock behind.
// Command-line tools and test clients never take it; `npm run db:restore` only checks it.
import Database from "better-sqlite3";
import { configuredDatabaseUrl, databaseProvider, sqliteFilePath } from "../src/server/db-url";

export function instanceLockFile(databaseFile: string): string {
  return `${databaseFile}.instance-lock`;
}

export function secondInstanceMessage(databaseFile: string): string {
  return (
    `Another PM Pathfinder server is already running on ${databaseFile}: one SQLite file serves one server, ` +
    "so stop the other one first, or use PostgreSQL (DATABASE_URL=postgres://…, see docs/deploy.md) to run several nodes."
  );
}

function open(databaseFile: string): Database.Database {
  // timeout 0: a held lock answers SQLITE_BUSY at once instead of waiting.
  const lock = new Database(instanceLockFile(databaseFile), { timeout: 0 });
  lock.pragma("locking_mode = EXCLUSIVE");
  lock.pragma("journal_mode = MEMORY");
  return lock;
}

function isBusy(error: unknown): boolean {
  return (error as { code?: string })?.code === "SQLITE_BUSY";
}

/**
 * Takes the lock for the SQLite database `url` names and holds it until the process ends (PostgreSQL needs
 * none: several nodes may share it). Returns false when another server holds it.
 */
export function takeInstanceLock(url: string = configuredDatabaseUrl()): { taken: boolean; databaseFile?: string; release: () => void } {
  if (databaseProvider(url) !== "sqlite") return { taken: true, release: () => {} };
  const databaseFile = sqliteFilePath(url);
  let lock: Database.Database | undefined;
  try {
    lock = open(databaseFile);
    // The first write in exclusive locking mode takes the file's exclusive lock, kept until close.
    lock.exec("CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL)");
    lock.exec("DELETE FROM holder");
    lock.prepare("INSERT INTO holder (pid, since) VALUES (?, ?)").run(process.pid, new Date().toISOString());
  } catch (error) {
    lock?.close();
    if (isBusy(error)) return { taken: false, databaseFile, release: () => {} };
    throw error;
  }
  const held = lock;
  return { taken: true, databaseFile, release: () => held.close() };
}

/** Whether a running server holds the SQLite file `databaseFile` (for tools such as db:restore). */
export function isInstanceRunning(databaseFile: string): boolean {
  let lock: Database.Database | undefined;
  try {
    lock = open(databaseFile);
    lock.prepare("SELECT count(*) FROM sqlite_master").get(); // reads the file, so meets a held lock
    return false;
  } catch (error) {
    if (isBusy(error)) return true;
    throw error;
  } finally {
    lock?.close();
  }
}
