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
    const closing = pool;
    onShutdown("rate-limit pool", () => closing.end());
  }
  return pool;
}

function sharedRedis(url: string): Redis {
  let redis = redisClients.get(url);
  if (!redis) {
    // Commands wait for the first connection; once Redis is gone, a call fails fast and the memory fallback counts.
    redis = new Redis(url, { maxRetriesPerRequest: 1 });
    redis.on("error", (error) => console.error("[rate-limit redis]", error.message));
    redisClients.set(url, redis);
    const closing = redis;
    onShutdown("rate-limit redis", async () => void (await closing.quit()));
  }
  return redis;
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
