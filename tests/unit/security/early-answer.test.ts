// scripts/serve.ts answers TRACE and undecodable paths itself (src/server/early-answer.ts): a real HTTP
// server with the same handler, asked over a socket, as a scanner would.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerEarly, earlyStatus } from "@/server/early-answer";

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (answerEarly(request, response, { production: true })) return;
    response.end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function ask(method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("answers before Next", () => {
  it("TRACE is 405 on every path, with Allow and the security headers", async () => {
    for (const path of ["/", "/dashboard", "/api/v1/assessments/score"]) {
      const { status, headers } = await ask("TRACE", path);
      expect(status).toBe(405);
      expect(headers.allow).toMatch(/GET/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["strict-transport-security"]).toMatch(/max-age/);
    }
  });

  it("a malformed percent-encoding is 400 with the security headers, not a bare 500", async () => {
    const { status, headers } = await ask("GET", "/people/%ff");
    expect(status).toBe(400);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toBe("no-store");
    expect((await ask("GET", "/people/%E0%A4%A")).status).toBe(400);
  });

  it("everything else goes on to Next, including well-formed encodings and odd query strings", async () => {
    expect((await ask("GET", "/people/caf%C3%A9")).body).toBe("next");
    expect((await ask("GET", "/search?q=%ff")).body).toBe("next");
    expect((await ask("POST", "/")).body).toBe("next");
    expect(earlyStatus("track", "/")).toBe(405);
    expect(earlyStatus("GET", undefined)).toBeNull();
  });
});
