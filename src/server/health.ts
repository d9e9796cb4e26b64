import "server-only";
import { hostname } from "node:os";
import { db } from "@/server/db";
import { isShuttingDown } from "@/server/shutdown";
import { configuredLimitStore, pingLimitStore } from "@/server/auth/limit-stores";

/** Why a node is not simply "ok"; each reason is one short phrase for logs and dashboards. */
export type HealthReason = "database unreachable" | "database cannot write" | "shutting down" | "redis unreachable" | "outbox stuck";

export interface HealthReport {
  /** The process answers: always "ok" when there is an answer at all. */
  live: "ok";
  /** Whether this node should get traffic: the database takes writes and the node is not shutting down. */
  ready: boolean;
  /** ok; degraded (serving, but a dependency is down or late: 200); unavailable (not ready: 503). */
  status: "ok" | "degraded" | "unavailable";
  reasons: HealthReason[];
  checks: {
    database: "ok" | "unreachable" | "read-only";
    shutdown: "running" | "stopping";
    /** "not configured" without REDIS_URL (limits in memory or PostgreSQL). */
    redis: "ok" | "unreachable" | "not configured";
    outbox: "ok" | "stuck";
  };
}

const CHECK_TIMEOUT_MS = 2_000;
/** The heartbeat write is made at most this often per node; checks in between reuse its outcome. */
const HEARTBEAT_CACHE_MS = 5_000;
/** The outbox is stuck when its oldest due message has waited longer than this (the alerts use the same). */
export const OUTBOX_STUCK_AFTER_MS = 15 * 60_000;

const NODE = `${hostname()}:${process.pid}`;
let lastBeat: { at: number; outcome: HealthReport["checks"]["database"] } | undefined;

function withTimeout<T>(work: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([work, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), CHECK_TIMEOUT_MS).unref())]);
}

/** Can the database take a write? One upserted row per node, at most every HEARTBEAT_CACHE_MS. */
async function databaseCheck(now: Date): Promise<HealthReport["checks"]["database"]> {
  if (lastBeat && now.getTime() - lastBeat.at < HEARTBEAT_CACHE_MS && lastBeat.outcome === "ok") return lastBeat.outcome;
  const outcome = await withTimeout(
    db.nodeHeartbeat.upsert({ where: { node: NODE }, create: { node: NODE, beatAt: now }, update: { beatAt: now } }).then(
      () => "ok" as const,
      // It answers reads but refuses the write (disk full, corrupt, read-only): still not ready.
      () =>
        db.$queryRaw`SELECT 1`.then(
          () => "read-only" as const,
          () => "unreachable" as const,
        ),
    ),
    "unreachable" as const,
  );
  lastBeat = { at: now.getTime(), outcome };
  return outcome;
}

/** Is mail waiting on a worker that does not come? The oldest pending message that is due, against the limit. */
async function outboxCheck(now: Date): Promise<HealthReport["checks"]["outbox"]> {
  const stuck = await withTimeout(
    db.outboxMessage
      .findFirst({
        where: { status: "pending", nextAttemptAt: { lte: new Date(now.getTime() - OUTBOX_STUCK_AFTER_MS) } },
        select: { id: true },
      })
      .then(
        (row) => row !== null,
        () => false, // the database check reports that
      ),
    false,
  );
  return stuck ? "stuck" : "ok";
}

async function redisCheck(): Promise<HealthReport["checks"]["redis"]> {
  if (configuredLimitStore() !== "redis") return "not configured";
  return withTimeout(
    pingLimitStore().then((ok) => (ok ? ("ok" as const) : ("unreachable" as const))),
    "unreachable" as const,
  );
}

/** Liveness and readiness for a load balancer. Says nothing about configuration, versions or secrets. */
export async function healthReport(now: Date = new Date()): Promise<HealthReport> {
  const [database, redis, outbox] = await Promise.all([databaseCheck(now), redisCheck(), outboxCheck(now)]);
  const shutdown = isShuttingDown() ? "stopping" : "running";
  const reasons: HealthReason[] = [];
  if (database === "unreachable") reasons.push("database unreachable");
  if (database === "read-only") reasons.push("database cannot write");
  if (shutdown === "stopping") reasons.push("shutting down");
  const ready = reasons.length === 0;
  if (redis === "unreachable") reasons.push("redis unreachable");
  if (outbox === "stuck") reasons.push("outbox stuck");
  const status = !ready ? "unavailable" : reasons.length > 0 ? "degraded" : "ok";
  return { live: "ok", ready, status, reasons, checks: { database, shutdown, redis, outbox } };
}
