// HTTP benchmark (`npm run bench:http`): autocannon against `next start` on SQLite — the landing page,
// an authenticated dashboard and the item-status server action. Prints figures; never fails on time.
// Needs a production build (`npm run build`).
import autocannon from "autocannon";
import { serverActionId, startBenchServer } from "./support/server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

interface Summary {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function summarise(name: string, result: autocannon.Result): Summary {
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: Error | null, result) => (error ? reject(error) : resolve(result)));
  });
}

const server = await startBenchServer();
try {
  const headers = { cookie: server.cookie };
  // Warm up every route once so the first timed request does not pay for compilation or caches.
  await run({ url: `${server.origin}/`, amount: 50, connections: 2 });
  await run({ url: `${server.origin}/dashboard`, amount: 50, connections: 2, headers });

  const landing = summarise("landing page  GET /", await run({ url: `${server.origin}/`, duration: DURATION_S, connections: CONNECTIONS }));
  const dashboard = summarise(
    "dashboard     GET /dashboard (signed in)",
    await run({ url: `${server.origin}/dashboard`, duration: DURATION_S, connections: CONNECTIONS, headers }),
  );

  // The status action at a fixed 200 requests/s. Items are used round-robin with the version each last
  // answered, so nearly every write is accepted; stale answers are counted, not hidden.
  const actionId = await serverActionId("src/server/plan/actions.ts", "setItemStatusAction");
  const versions = new Map(server.items.map((item) => [item.id, item.version]));
  let next = 0;
  let accepted = 0;
  let refused = 0;
  const statuses = ["done", "todo"] as const;
  const action = await run({
    url: `${server.origin}/dashboard`,
    duration: DURATION_S,
    connections: CONNECTIONS,
    overallRate: 200,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const item = server.items[next++ % server.items.length]!;
          const body = JSON.stringify([{ itemId: item.id, status: statuses[next % 2], version: versions.get(item.id) }]);
          return {
            ...request,
            headers: {
              ...headers,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
              "next-action": actionId,
              origin: server.origin,
            },
            body,
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"ok":true')) accepted++;
          else refused++;
          const match = /"id":"([^"]+)"[^}]*?"version":(\d+)/.exec(body);
          if (match) versions.set(match[1]!, Number(match[2]));
        },
      },
    ],
  });
  const statusAction = summarise("status action POST setItemStatusAction @ 200 req/s", action);

  console.log(`HTTP benchmark — ${DURATION_S} s per run, ${CONNECTIONS} connections, SQLite, next start, node ${process.version}`);
  for (const s of [landing, dashboard, statusAction]) {
    console.log(
      `  ${s.name.padEnd(52)} ${s.requestsPerSecond.toFixed(1).padStart(8)} req/s   p50 ${String(s.p50).padStart(4)} ms   p99 ${String(s.p99).padStart(4)} ms   non-2xx ${s.non2xx}   errors ${s.errors}`,
    );
  }
  console.log(`  dashboard ÷ landing throughput ratio: ${(dashboard.requestsPerSecond / landing.requestsPerSecond).toFixed(2)}`);
  console.log(`  status writes accepted ${accepted}, refused as stale or invalid ${refused}`);
} finally {
  await server.stop();
}
