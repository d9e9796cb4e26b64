import "server-only";
import { db } from "@/server/db";
import { isShuttingDown } from "@/server/shutdown";

export interface HealthReport {
  /** The process answers: always "ok" when there is an answer at all. */
  live: "ok";
  /** Whether this node should get traffic: the database answers and the node is not shutting down. */
  ready: boolean;
  checks: { database: "ok" | "unreachable"; shutdown: "running" | "stopping" };
}

const DATABASE_TIMEOUT_MS = 2_000;

/** Liveness and readiness for a load balancer. Says nothing about configuration, versions or secrets. */
export async function healthReport(): Promise<HealthReport> {
  const database = await Promise.race([
    db.$queryRaw`SELECT 1`.then(
      () => "ok" as const,
      () => "unreachable" as const,
    ),
    new Promise<"unreachable">((resolve) => setTimeout(() => resolve("unreachable"), DATABASE_TIMEOUT_MS).unref()),
  ]);
  const shutdown = isShuttingDown() ? "stopping" : "running";
  return { live: "ok", ready: database === "ok" && shutdown === "running", checks: { database, shutdown } };
}
