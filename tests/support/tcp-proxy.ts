// A TCP proxy for fault tests: stands between the app and PostgreSQL or Redis on this machine, and can cut the
// connection (every socket reset, new ones refused), black-hole it (connections accepted, nothing ever answered)
// or restore it. The real server is never stopped.
import { createServer, connect, type Server, type Socket } from "node:net";

export type ProxyMode = "open" | "cut" | "blackhole";

export interface TcpProxy {
  port: number;
  mode: ProxyMode;
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Socket>();
  let mode: ProxyMode = "open";
  const server: Server = createServer((client) => {
    pairs.add(client);
    client.on("close", () => pairs.delete(client));
    client.on("error", () => {});
    if (mode === "cut") {
      client.resetAndDestroy();
      return;
    }
    if (mode === "blackhole") {
      client.resume(); // read and drop whatever the client sends; answer nothing
      return;
    }
    const upstream = connect(target.port, target.host);
    pairs.add(upstream);
    upstream.on("close", () => (pairs.delete(upstream), client.destroy()));
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
      if (next === "open") return;
      // Existing connections: reset (cut), or kept open but no longer forwarded (blackhole).
      for (const socket of pairs) {
        if (next === "cut") socket.resetAndDestroy();
        else socket.unpipe().resume();
      }
    },
    async close() {
      for (const socket of pairs) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
