// Migration-aware driver adapter factories for the schema engine, one per provider, with the fixes
// the engine needs on top of the stock adapters (see docs/decisions/0002-prisma-offline-migrations.md).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { databaseProvider, sqliteFilePath, type DbProvider } from "../../src/server/db-url";
import { createTemporaryPostgresDatabase } from "./postgres-admin";

export interface MigrationAdapter {
  provider: DbProvider;
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Disposes every connection the engine opened and drops temporary shadow databases. */
  close(): Promise<void>;
}

/** Picks the adapter from the URL; a SQLite file's folder is created on the way. */
export function createMigrationAdapter(url: string): MigrationAdapter {
  const connections = new ConnectionTracker();
  const factory =
    databaseProvider(url) === "postgres" ? new PostgresMigrationFactory(url, connections) : new SqliteMigrationFactory(url, connections);
  return {
    provider: databaseProvider(url),
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    close: () => connections.disposeAll(),
  };
}

/**
 * Remembers the connections handed to the engine: freeing the engine does not dispose them, and an
 * open pg pool would keep the process alive (and a shadow database would never be dropped).
 */
class ConnectionTracker {
  private readonly open = new Set<SqlDriverAdapter>();

  track(adapter: SqlDriverAdapter, extraCleanup?: () => Promise<void>): SqlDriverAdapter {
    let disposed: Promise<void> | undefined;
    const tracked = overrideMethods(adapter, {
      dispose: () => {
        disposed ??= (async () => {
          this.open.delete(tracked);
          try {
            await adapter.dispose();
          } finally {
            await extraCleanup?.();
          }
        })();
        return disposed;
      },
    });
    this.open.add(tracked);
    return tracked;
  }

  async disposeAll(): Promise<void> {
    const results = await Promise.allSettled([...this.open].map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  }
}

/**
 * The adapter with some methods replaced. A Proxy rather than a copy because the adapters keep
 * state in private class fields: every other method must still run with the original `this`.
 */
function overrideMethods(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof SqlDriverAdapter];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

// ── SQLite ──────────────────────────────────────────────────────────────────────────────────────

class SqliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  private readonly stock: PrismaBetterSqlite3;

  constructor(
    url: string,
    private readonly connections: ConnectionTracker,
  ) {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true }); // a SQLite file is created on first use, its folder is not
    // Wait for a lock held by a running app instead of failing at once (deployMigrations retries on top).
    this.stock = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5_000 });
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.connections.track(await this.stock.connect());
  }

  /**
   * Pitfall 2: the engine replays each migration on the (in-memory) shadow database through
   * `executeRaw`, and better-sqlite3 refuses a string holding several statements (P3006 from the
   * second migration on). Such parameterless scripts go through `executeScript` instead.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await this.stock.connectToShadowDb();
    return this.connections.track(
      overrideMethods(shadow, {
        executeRaw: async (query: SqlQuery) => {
          try {
            return await shadow.executeRaw(query);
          } catch (error) {
            if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
            await shadow.executeScript(query.sql);
            return 0;
          }
        },
      }),
    );
  }
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof Error && /more than one statement/i.test(error.message);
}

// ── PostgreSQL ──────────────────────────────────────────────────────────────────────────────────

class PostgresMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(
    private readonly url: string,
    private readonly connections: ConnectionTracker,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.connections.track(await connectPg(this.url));
  }

  /**
   * Pitfall 4: PrismaPg's own shadow database is created but then connected to through the
   * original connection string, whose database name wins, so the "shadow" is the main database.
   * We create it ourselves, connect to it by URL, and drop it when the engine lets go of it.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowDatabase = await createTemporaryPostgresDatabase(this.url, "shadow");
    try {
      return this.connections.track(await connectPg(shadowDatabase.url), shadowDatabase.drop);
    } catch (error) {
      await shadowDatabase.drop();
      throw error;
    }
  }
}

/** A fresh pool per connection: PrismaPg ends an external pool on dispose. */
async function connectPg(url: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("connect", retypeCharColumnsOf);
  return new PrismaPg(pool, { disposeExternalPool: true }).connect();
}

const PG_CHAR_OID = 18; // the internal one-byte "char" type (pg_class.relkind, pg_constraint.contype, …)
const PG_TEXT_OID = 25;

/**
 * Pitfall 3: the engine's introspection queries return `"char"` columns, which adapter-pg refuses
 * ("could not be deserialized"). Their text value is a one-letter string, so we relabel the
 * column as text in every result this client produces, before the adapter looks at it.
 */
function retypeCharColumnsOf(client: pg.PoolClient): void {
  const originalQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
  const relabel = <T>(result: T): T => {
    for (const field of (result as Partial<pg.QueryResult> | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  const patchedQuery = (...args: unknown[]): unknown => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      // pool.query() passes a callback
      const done = callback as (error: unknown, result: unknown) => unknown;
      args[args.length - 1] = (error: unknown, result: unknown) => done(error, error ? result : relabel(result));
      return originalQuery(...args);
    }
    const returned = originalQuery(...args);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  };
  Object.assign(client, { query: patchedQuery });
}
