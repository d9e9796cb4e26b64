import { healthReport } from "@/server/health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health: readiness. 200 when this node is ready for traffic (status "ok", or "degraded" with its
 * reasons: Redis down, outbox stuck), 503 when not (the database can't write, or the node is stopping).
 */
export async function GET(): Promise<Response> {
  const report = await healthReport();
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
