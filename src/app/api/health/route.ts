import { healthReport } from "@/server/health";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 when this node is ready for traffic, 503 when not (docs/deploy.md). */
export async function GET(): Promise<Response> {
  const report = await healthReport();
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
