import "server-only";
import { httpStatusOf, wireCodeOf, type ErrorCode } from "@/shared/error-codes";

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

/** The same, written to the client piece by piece as `chunks` produces them. */
export function streamedAttachment(chunks: AsyncIterator<string>, filename: string, contentType: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: { ...PRIVATE, "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"` },
  });
}

function jsonError(code: ErrorCode, message: string): Response {
  return new Response(JSON.stringify({ error: wireCodeOf(code), message }), {
    status: httpStatusOf(code),
    headers: { ...PRIVATE, "Content-Type": "application/json; charset=utf-8" },
  });
}

export function notSignedIn(): Response {
  return jsonError("UNAUTHENTICATED", "Sign in to download your data.");
}

export function nothingToExport(message: string): Response {
  return jsonError("NOT_FOUND", message);
}

/** "2026-03-01": for file names, in UTC like every other date the server writes. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
