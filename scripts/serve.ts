// Serves the app: Next's request handler inside a plain Node HTTP server. `npm start` runs it in its own
// process after migrating and building (scripts/start.ts); tests and benchmarks run this file directly. What
// `next start` cannot do:
// - establish the client's address from the socket (TRUST_PROXY hops), for rate limits;
// - refuse a second server on the same SQLite file (scripts/instance-lock.ts);
// - answer 413 to an oversized server-action body before Next reads it;
// - stop gracefully on SIGTERM: stop accepting, answer what is in flight and what arrives on sockets already
//   open with `Connection: close`, close each socket after its response, then close the database and exit 0.
import { createServer, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../src/server/client-address";
import { configuredDatabaseUrl } from "../src/server/db-url";
import { answerEarly } from "../src/server/early-answer";
import { parseEnv } from "../src/server/env";
import { staticSecurityHeaders } from "../src/server/security-headers";
import { requestStateStorage, type RequestState } from "../src/server/unavailable";
import { markShuttingDown, runShutdownHooks } from "../src/server/shutdown";
import { isMainModule } from "./db/cli";
import { secondInstanceMessage, takeInstanceLock } from "./instance-lock";

/** How long requests in flight get after SIGTERM before the process exits anyway (with code 1). */
const GRACE_MS = 20_000;
/** Next's own limit for a server-action body (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** Locks this process holds until it ends (kept referenced, so the connection is never collected). */
const held = new Map<string, () => void>();

/**
 * Takes the single-instance lock for a SQLite database, or stops the process with one sentence when another
 * server holds it. Whatever the flags: two servers on one file would each keep their own rate limits.
 */
export function claimDatabaseOrExit(url: string = configuredDatabaseUrl()): void {
  if (held.has(url)) return; // scripts/start.ts claims it before migrating, then serves in the same process
  const lock = takeInstanceLock(url);
  if (!lock.taken) {
    console.error(`Error: ${secondInstanceMessage(lock.databaseFile!)}`);
    process.exit(1);
  }
  held.set(url, lock.release);
}

export async function serve({ dev = false }: { dev?: boolean } = {}): Promise<void> {
  // What `next start` / `next dev` would set; read by Next and by src/server/db.ts.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const settings = parseEnv(process.env);
  claimDatabaseOrExit();
  const { default: next } = await import("next");
  const port = settings.PORT;
  const host = settings.HOST;

  const staticHeaders = staticSecurityHeaders({ production: !dev });
  const app = next({ dev, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  let acceptedAfterStop = 0;
  const inFlight = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  /** From SIGTERM on, a response ends its connection: no socket carries another request after it. */
  function closeAfter(response: ServerResponse) {
    if (!response.headersSent) response.setHeader("Connection", "close");
    response.shouldKeepAlive = false;
  }

  const server = createServer((request, response) => {
    inFlight.add(response);
    response.on("close", () => inFlight.delete(response));
    if (stopping) {
      acceptedAfterStop += 1;
      closeAfter(response);
      // A response whose headers went out before SIGTERM (a stream) cannot say so: its socket ends after it.
      response.on("finish", () => request.socket.end());
    }
    // TRACE and undecodable paths get 405/400 with the security headers (Next would answer a bare 500).
    if (answerEarly(request, response, { production: !dev })) return;
    const length = Number(request.headers["content-length"] ?? 0);
    if (request.headers["next-action"] && length > ACTION_BODY_LIMIT_BYTES) {
      response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      response.end(`The request is too large (at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB).\n`);
      request.socket.end();
      return;
    }
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      settings.TRUST_PROXY,
    );
    const state: RequestState = {};
    answerOutagesWith503(response, state, staticHeaders);
    void requestStateStorage().run(state, () => handle(request, response));
  });
  server.keepAliveTimeout = 5_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  console.log(`▲ PM Pathfinder on http://${host}:${port} (${dev ? "development" : "production"}, TRUST_PROXY=${settings.TRUST_PROXY})`);

  async function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    markShuttingDown(); // /api/health answers 503 from now on
    const openAtStop = sockets.size;
    console.log(`${signal}: ${openAtStop} sockets open, ${inFlight.size} requests in flight; finishing them, then stopping.`);
    for (const response of inFlight) {
      closeAfter(response);
      response.on("finish", () => response.req.socket.end());
    }
    const force = setTimeout(() => {
      const cut = inFlight.size;
      console.error(`Still open after ${GRACE_MS / 1000} s: ${cut} requests in flight, ${sockets.size} sockets; stopping anyway.`);
      process.exit(cut > 0 ? 1 : 0);
    }, GRACE_MS);
    force.unref();
    // close() stops accepting and calls back once every connection has closed; idle ones close at once.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await runShutdownHooks(); // the mail worker, the Prisma client, the rate-limit stores
    await app.close?.();
    console.log(`Stopped: ${openAtStop} sockets open at ${signal}, ${acceptedAfterStop} requests accepted after it, none cut.`);
    process.exit(0);
  }
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · PM Pathfinder</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>PM Pathfinder is temporarily unavailable</h1>
<p>We can't reach our database right now. You are still signed in, and nothing you saved before is lost.</p>
<p>Please try again in a minute: <a href="">reload this page</a>.</p></main>
</body></html>
`;

/**
 * When the app's code met a database outage during this request (src/server/unavailable.ts) and the response
 * would be a server error, the answer is a 503 page that says to retry, with Retry-After, instead of a 500.
 * Installed before Next sees the response, so that whatever Next wraps around it (its compression) calls
 * these: once the page is written, what Next would still write is dropped.
 */
function answerOutagesWith503(response: ServerResponse, state: RequestState, headers: { key: string; value: string }[]) {
  const native = ServerResponse.prototype;
  let replaced = false;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (replaced) return this;
    if (!state.databaseUnavailable || statusCode < 500)
      return (native.writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
    replaced = true;
    for (const name of this.getHeaderNames()) if (name !== "connection") this.removeHeader(name);
    for (const { key, value } of headers) this.setHeader(key, value);
    native.writeHead.call(this, 503, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" });
    (native.end as (chunk: string) => ServerResponse).call(this, UNAVAILABLE_PAGE);
    return this;
  };
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    return replaced ? true : (native.write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    return replaced ? this : (native.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.end;
}

// Run directly (`node --import tsx scripts/serve.ts`), as the tests and benchmarks do.
if (isMainModule(import.meta.url)) {
  await serve({ dev: process.argv.includes("--dev") });
}
