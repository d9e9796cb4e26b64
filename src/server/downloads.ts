import "server-only";

/**
 * Responses of the download endpoints (account export, plan exports): private data, so never cached, and
 * always saved as a file rather than shown inline.
 */
const PRIVATE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export function attachment(body: string, filename: string, contentType: string): Response {
  return new Response(body, {
    status: 200,
    headers: { ...PRIVATE, "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"` },
  });
}

function jsonError(status: number, error: string, message: string): Response {
  return new Response(JSON.stringify({ error, message }), {
    status,
    headers: { ...PRIVATE, "Content-Type": "application/json; charset=utf-8" },
  });
}

export function notSignedIn(): Response {
  return jsonError(401, "unauthorized", "Sign in to download your data.");
}

export function nothingToExport(message: string): Response {
  return jsonError(404, "not_found", message);
}

/** "2026-03-01": for file names, in UTC like every other date the server writes. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
