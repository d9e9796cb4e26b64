// Creating, checking and dropping PostgreSQL databases: shadow databases for `migrate dev`,
// throwaway databases for tests. Plain `pg` connections; Prisma is not involved.
import { randomUUID } from "node:crypto";
import pg from "pg";

/** Where tests and `migrate dev` look for a PostgreSQL server when none is configured. */
export const LOCAL_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** TEST_DATABASE_URL if set, else the local default. */
export function scratchPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || LOCAL_POSTGRES_URL;
}

/**
 * Whether a missing PostgreSQL server is a failure rather than a skip: under CI (any CI value but "", "0"
 * or "false"), so that CI can never pass without having exercised PostgreSQL.
 */
export function postgresRequired(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return Boolean(ci) && ci !== "0" && ci !== "false";
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A database name that is unmistakably temporary, e.g. `pathfinder_shadow_3f9a…`. */
export function temporaryDatabaseName(purpose: string): string {
  return `pathfinder_${purpose}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

/** Runs `work` with a single short-lived connection. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when a connection to `url` succeeds within a few seconds. */
export async function isPostgresReachable(url: string): Promise<boolean> {
  try {
    await withPgClient(url, (client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates `database` on the server `serverUrl` points at (any existing database works as the entry). */
export async function createDatabase(serverUrl: string, database: string): Promise<void> {
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(database)}`));
}

/** Drops `database`, closing leftover connections to it (needs PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`));
}

export interface TemporaryPostgresDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** Creates an empty database next to `serverUrl`'s; the caller must `drop()` it. */
export async function createTemporaryPostgresDatabase(serverUrl: string, purpose: string): Promise<TemporaryPostgresDatabase> {
  const name = temporaryDatabaseName(purpose);
  await createDatabase(serverUrl, name);
  return { url: withDatabaseName(serverUrl, name), name, drop: () => dropDatabase(serverUrl, name) };
}
