// The Prisma client for the configured database: SQLite by default, PostgreSQL when DATABASE_URL is
// postgres:// or postgresql://. The only module that imports src/generated (see docs/decisions/0003).
//
// Deliberately without `import "server-only"`: Vitest integration tests and scripts import it too.
// Modules that use it (src/server/<feature>/…) carry the server-only guard instead.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgres/client";
import { Prisma, PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client";
import { databaseProvider, sqliteFilePath, type DbProvider } from "./db-url";
import { env } from "./env";
import { onShutdown } from "./shutdown";

export { Prisma };
// Row types for the app (add a model here when schema.prisma gains one).
export type {
  ActivityEvent,
  Assessment,
  AssessmentDraft,
  EmailToken,
  MailSettings,
  OutboxMessage,
  Plan,
  PlanItem,
  Reminder,
  ShareLink,
  SignInEvent,
  User,
  UserSession,
} from "../generated/sqlite/client";

/**
 * The app is typed against the SQLite client, the lower common level of the two (no
 * `mode: "insensitive"`, no native enums): code that compiles against it runs on both.
 */
export type Db = SqlitePrismaClient;

/** Wait this long for a write lock instead of failing at once with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

// WAL lets readers proceed while a write is in progress; foreign keys are off by default in
// SQLite itself (better-sqlite3 turns them on, but we do not rely on a build flag). secure_delete
// overwrites deleted content with zeros, so a deleted account's rows do not linger in free pages
// (src/server/account/delete-account.ts also checkpoints the WAL).
const SQLITE_CONNECTION_PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};
  PRAGMA foreign_keys = ON;
  PRAGMA secure_delete = ON;
`;

function sqliteAdapterFactory(url: string): SqlDriverAdapterFactory {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const stock = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: stock.provider,
    adapterName: stock.adapterName,
    async connect() {
      const connection = await stock.connect();
      await connection.executeScript(SQLITE_CONNECTION_PRAGMAS);
      return connection;
    },
  };
}

/** A new client for `url`. Tests and scripts use this; the app uses `db`. Call `$disconnect()` when done. */
export function createDbClient(url: string): Db {
  if (databaseProvider(url) === "postgres") {
    // Same models, same generated API, different provider: the cast is what lets one build serve both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqlitePrismaClient({ adapter: sqliteAdapterFactory(url) });
}

// Kept on globalThis outside production so that `next dev` hot reloads reuse one client (and one
// SQLite connection / pg pool) instead of opening another on every edit.
const globalCache = globalThis as typeof globalThis & { __pathfinderDb?: Db };
let productionClient: Db | undefined;

/** The app's client for DATABASE_URL, created on first use (so importing this module connects nothing). */
export function getDb(): Db {
  if (process.env.NODE_ENV === "production") {
    productionClient ??= appClient();
    return productionClient;
  }
  globalCache.__pathfinderDb ??= appClient();
  return globalCache.__pathfinderDb;
}

/** The app's client, closed by scripts/serve.ts on SIGTERM once the last request in flight is answered. */
function appClient(): Db {
  const client = createDbClient(env().DATABASE_URL);
  onShutdown("database", () => client.$disconnect());
  return client;
}

/** Which database the app talks to. */
export function currentDbProvider(): DbProvider {
  return databaseProvider(env().DATABASE_URL);
}

/** `db.user.findMany()` etc.: forwards to `getDb()`, so the client is only created when first used. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** True for a unique-constraint violation (P2002), e.g. an email that is already taken. */
export function isUniqueConstraintError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
