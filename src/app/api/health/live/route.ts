export const dynamic = "force-dynamic";

/** GET /api/health/live: liveness only (the process answers), with no dependency checked (docs/deploy.md). */
export function GET(): Response {
  return Response.json({ live: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
