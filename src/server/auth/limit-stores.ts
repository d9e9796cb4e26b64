import "server-only";
import { Redis } from "ioredis";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseProvider } from "@/server/db-url";
import { env } from "@/server/env";
import { onShutdown } from "@/server/shutdown";
import { createMemoryRateLimiter, type RateLimitDecision, type RateLimiter } from "./rate-limit";

/**
 * Where limit counts live (docs/decisions/0017-rate-limit-store.md):
 * - REDIS_URL set: Redis, shared by every node;
 * - DATABASE_URL is PostgreSQL: the "RateLimit" table (prisma/schema.prisma), shared by every node,
 *   counted with one atomic INSERT … ON CONFLICT DO UPDATE per attempt;
 * - otherwise (SQLite, one node): process memory, with a cap on the number of keys.
 */
export type LimitStore = "memory" | "postgres" | "redis";

export function configuredLimitStore(): LimitStore {
  if (env().REDIS_URL) return "redis";
  return databaseProvider(env().DATABASE_URL) === "postgres" ? "postgres" : "memory";
}

let pool: pg.Pool | undefined;
const redisClients = new Map<string, Redis>();

function sharedPool(): pg.Pool {
  if (!pool) {
    // A small pool of its own: one short statement per attempt, never held across a request.
    pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
    // An idle client whose server went away (a PostgreSQL restart) emits "error" on the pool: without a
    // listener that is an uncaughtException. The next attempt reconnects; until then the memory fallback counts.
    pool.on("error", (error) => console.error("[rate-limit pool]", error.message));
    const closing = pool;
    onShutdown("rate-limit pool", () => closing.end());
  }
  return pool;
}

function sharedRedis(url: string): Redis {
  let redis = redisClients.get(url);
  if (!redis) {
    // Never waits on Redis: with no connection a command fails at once (no offline queue), and one that gets no
    // answer (Redis hung, or a network that drops packets) fails after the command timeout. Either way the
    // memory fallback counts that attempt, so a Redis outage costs a request at most REDIS_COMMAND_TIMEOUT_MS.
    redis = new Redis(url, {
      enableOfflineQueue: false,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      connectTimeout: REDIS_COMMAND_TIMEOUT_MS * 4,
      maxRetriesPerRequest: 0,
    });
    redis.on("error", (error) => console.error("[rate-limit redis]", error.message));
    redisClients.set(url, redis);
    const closing = redis;
    onShutdown("rate-limit redis", async () => void (await closing.quit().catch(() => closing.disconnect())));
  }
  return redis;
}

/** How long a rate-limit count may wait on Redis before this node's memory counts it instead. */
export const REDIS_COMMAND_TIMEOUT_MS = 250;

/** For health: does the shared limit store answer? (Redis only; PostgreSQL's is the database check.) */
export async function pingLimitStore(redisUrl: string | undefined = env().REDIS_URL): Promise<boolean> {
  if (!redisUrl) return true;
  const redis = sharedRedis(redisUrl);
  try {
    return (await redis.ping()) === "PONG";
  } catch {
    // A connection that is "ready" but answers nothing (a black-holed network path) is never dropped by the
    // client on its own: start a fresh one, which becomes ready once Redis is reachable again.
    if (redis.status === "ready") redis.disconnect(true);
    return false;
  }
}

/** The library's answers as ours: a refusal arrives as a rejected RateLimiterRes, a store failure as an Error. */
function fromLibrary(limiter: RateLimiterAbstract): RateLimiter {
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true, retryAfterSeconds: 0 } satisfies RateLimitDecision;
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
        }
        throw outcome;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

export interface LimitSpec {
  /** Distinguishes limiters sharing one table or Redis database. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * A limiter in the configured store. A shared store that fails falls back to this node's memory.
 * `redisUrl` defaults to REDIS_URL; the Redis store's own test passes a server of its choosing.
 */
export function createLimiter(
  spec: LimitSpec,
  store: LimitStore = configuredLimitStore(),
  redisUrl: string | undefined = env().REDIS_URL,
): RateLimiter {
  if (store === "memory") return createMemoryRateLimiter({ limit: spec.limit, windowMs: spec.windowMs });
  const common = { keyPrefix: spec.name, points: spec.limit, duration: Math.ceil(spec.windowMs / 1000) };
  // When the shared store is down, limits still hold per node instead of failing every request.
  const insuranceLimiter = new RateLimiterMemory(common);
  if (store === "redis") {
    if (!redisUrl) throw new Error("The Redis limit store needs REDIS_URL.");
    return fromLibrary(new RateLimiterRedis({ ...common, storeClient: sharedRedis(redisUrl), insuranceLimiter }));
  }
  return fromLibrary(
    new RateLimiterPostgres({
      ...common,
      storeClient: sharedPool(),
      // Created by the migrations (model RateLimit), not by the library at run time.
      tableName: "RateLimit",
      tableCreated: true,
      insuranceLimiter,
    }),
  );
}
