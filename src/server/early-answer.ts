// Requests scripts/serve.ts answers itself, before Next sees them: Next turns both into a plain 500 without
// the security headers of next.config.ts. No "server-only": scripts/serve.ts imports it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { staticSecurityHeaders } from "./security-headers";

/** TRACE echoes the request back (headers included) and TRACK is its IIS twin: no page needs either. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/** 405 for a refused method, 400 for a path whose percent-encoding does not decode (`/people/%ff`), else null. */
export function earlyStatus(method: string | undefined, url: string | undefined): 400 | 405 | null {
  if (REFUSED_METHODS.has((method ?? "").toUpperCase())) return 405;
  const path = (url ?? "/").split(/[?#]/, 1)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return 400;
  }
  return null;
}

/** Answers the request when earlyStatus says so, with the static security headers; true when it did. */
export function answerEarly(request: IncomingMessage, response: ServerResponse, { production }: { production: boolean }): boolean {
  const status = earlyStatus(request.method, request.url);
  if (status === null) return false;
  const body = status === 405 ? "Method not allowed.\n" : "Bad request: the address is not valid.\n";
  for (const { key, value } of staticSecurityHeaders({ production })) response.setHeader(key, value);
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  if (status === 405) response.setHeader("Allow", ALLOWED_METHODS);
  response.statusCode = status;
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
