// Prerendered pages get a CSP naming their inline scripts by hash (src/server/static-pages.ts), and the
// proxy serves a per-request twin only when the request needs one (src/proxy.ts).
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { perRequestTwin } from "@/proxy";
import { hashedContentSecurityPolicy } from "@/server/security-headers";
import { inlineScriptHashes, loadStaticPageIndex } from "@/server/static-pages";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, skips external and empty ones, and counts duplicates once", () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"é"])</script>' +
      '<script id="_R_">boot()</script><script></script><script>boot()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"é"])'), sha("boot()")]);
  });
});

describe("hashedContentSecurityPolicy", () => {
  it("allows 'self' and the hashes, and nothing inline or evaluated", () => {
    const csp = hashedContentSecurityPolicy([sha("x")], { dev: false });
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).toBe(`'self' ${sha("x")}`);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script|unsafe-eval|nonce-|strict-dynamic/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe("loadStaticPageIndex", () => {
  const dist = mkdtempSync(join(tmpdir(), "static-pages-"));
  mkdirSync(join(dist, "server", "app"), { recursive: true });
  writeFileSync(
    join(dist, "prerender-manifest.json"),
    JSON.stringify({ routes: { "/": {}, "/sign-in": {}, "/_not-found": {}, "/icon.svg": {} } }),
  );
  writeFileSync(
    join(dist, "routes-manifest.json"),
    JSON.stringify({
      staticRoutes: [
        { page: "/", regex: "^/(?:/)?$" },
        { page: "/sign-in", regex: "^/sign\\-in(?:/)?$" },
        { page: "/dashboard", regex: "^/dashboard(?:/)?$" },
      ],
      dynamicRoutes: [{ page: "/assessment/[id]", regex: "^/assessment/([^/]+?)(?:/)?$" }],
    }),
  );
  writeFileSync(join(dist, "server", "app", "index.html"), "<script>home()</script>");
  writeFileSync(join(dist, "server", "app", "sign-in.html"), "<script>signIn()</script>");
  writeFileSync(join(dist, "server", "app", "_not-found.html"), "<script>lost()</script>");
  const index = loadStaticPageIndex(dist)!;

  it("gives a prerendered page its own hashes", () => {
    expect(index.hashesFor("/")).toEqual([sha("home()")]);
    expect(index.hashesFor("/sign-in")).toEqual([sha("signIn()")]);
    expect(index.hashesFor("/sign-in/")).toEqual([sha("signIn()")]);
  });

  it("leaves pages rendered per request (static or dynamic routes without a prerendered file) to the nonce", () => {
    expect(index.hashesFor("/dashboard")).toBeNull();
    expect(index.hashesFor("/assessment/abc")).toBeNull();
  });

  it("answers a path no route matches with the prerendered 404's hashes", () => {
    expect(index.hashesFor("/no/such/page")).toEqual([sha("lost()")]);
  });

  it("is null without a build", () => {
    expect(loadStaticPageIndex(join(dist, "missing"))).toBeNull();
  });
});

describe("perRequestTwin", () => {
  it("serves the prerendered page unless a query string or a session cookie needs the per-request one", () => {
    expect(perRequestTwin("/sign-in", { hasQuery: false, hasSession: false })).toBeNull();
    expect(perRequestTwin("/sign-in", { hasQuery: true, hasSession: false })).toBe("/sign-in/continue");
    expect(perRequestTwin("/sign-up", { hasQuery: false, hasSession: true })).toBe("/sign-up/continue");
    expect(perRequestTwin("/assessment", { hasQuery: false, hasSession: true })).toBe("/assessment/resume");
    expect(perRequestTwin("/assessment", { hasQuery: true, hasSession: false })).toBeNull();
    expect(perRequestTwin("/resources", { hasQuery: true, hasSession: true })).toBe("/resources/search");
    expect(perRequestTwin("/resources", { hasQuery: false, hasSession: true })).toBeNull();
    expect(perRequestTwin("/", { hasQuery: true, hasSession: true })).toBeNull();
  });
});
