// Serves the app: Next's request handler inside a plain Node HTTP server (`npm start` runs this after
// migrating and building). Two things `next start` cannot do:
// - establish the client's address from the socket (TRUST_PROXY hops), for rate limits;
// - stop gracefully on SIGTERM: stop accepting, let in-flight requests finish, then close the database.
import { createServer } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../src/server/client-address";
import { answerEarly } from "../src/server/early-answer";
import { parseEnv } from "../src/server/env";
import { markShuttingDown, runShutdownHooks } from "../src/server/shutdown";

const dev = process.argv.includes("--dev");
// What `next start` / `next dev` would set; read by Next and by src/server/db.ts.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
const settings = parseEnv(process.env);
const { default: next } = await import("next");
const port = Number(process.env.PORT ?? 3000);
/** How long in-flight requests get after SIGTERM before the process exits anyway. */
const GRACE_MS = 20_000;

const app = next({ dev, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  // TRACE and undecodable paths get 405/400 with the security headers (Next would answer a bare 500).
  if (answerEarly(request, response, { production: !dev })) return;
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    settings.TRUST_PROXY,
  );
  void handle(request, response);
});
server.keepAliveTimeout = 5_000;

server.listen(port, () => {
  console.log(`▲ PM Pathfinder on http://localhost:${port} (${dev ? "development" : "production"}, TRUST_PROXY=${settings.TRUST_PROXY})`);
});

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  markShuttingDown();
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  const force = setTimeout(() => {
    console.error(`Requests still open after ${GRACE_MS / 1000} s; stopping anyway.`);
    process.exit(1);
  }, GRACE_MS);
  force.unref();
  // close() stops accepting and calls back once every in-flight request has been answered.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await runShutdownHooks(); // the Prisma client, the rate-limit pool (src/server/db.ts, src/server/auth/limit-stores.ts)
  await app.close?.();
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
