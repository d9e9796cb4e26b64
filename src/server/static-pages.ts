/**
 * Hash-based CSP for prerendered pages. A prerendered page is the same file for everyone, so it cannot carry
 * a per-request nonce; instead its CSP lists the SHA-256 of each inline script in that file (Next.js's
 * bootstrap and RSC payload), and its external scripts come from 'self'. The hashes are computed once per
 * process from the build's own output (.next/server/app/*.html), so they always match the bytes served.
 *
 * Which pages are prerendered comes from the build's prerender manifest: nothing here lists them by hand. A
 * path that matches no route at all is answered by the prerendered 404 (/_not-found).
 */
import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface StaticPageIndex {
  /** The inline-script hashes of a prerendered page ('sha256-…' sources), or null if the page is rendered per request. */
  hashesFor(pathname: string): string[] | null;
}

/** 'sha256-…' for every inline <script> in an HTML document (scripts with src are covered by 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\ssrc\s*=/i.test(` ${attributes}`) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

interface RoutesManifest {
  staticRoutes?: { page: string; regex: string }[];
  dynamicRoutes?: { page: string; regex: string }[];
}

const NOT_FOUND = "/_not-found";

function htmlFileFor(appDir: string, route: string): string {
  return join(appDir, `${route === "/" ? "/index" : route}.html`);
}

/** Reads the production build in `distDir`; null when there is none (development, or not built yet). */
export function loadStaticPageIndex(distDir: string): StaticPageIndex | null {
  try {
    const prerender = JSON.parse(readFileSync(join(distDir, "prerender-manifest.json"), "utf8")) as { routes?: Record<string, unknown> };
    const routes = JSON.parse(readFileSync(join(distDir, "routes-manifest.json"), "utf8")) as RoutesManifest;
    const appDir = join(distDir, "server", "app");
    const pages = new Map<string, string[]>();
    for (const route of Object.keys(prerender.routes ?? {})) {
      const file = htmlFileFor(appDir, route);
      if (existsSync(file)) pages.set(route, inlineScriptHashes(readFileSync(file, "utf8")));
    }
    const known = [...(routes.staticRoutes ?? []), ...(routes.dynamicRoutes ?? [])].map((r) => new RegExp(r.regex));
    return {
      hashesFor(pathname) {
        const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
        const page = pages.get(path);
        if (page) return page;
        // No route matches: Next.js answers with the prerendered 404 page, if there is one.
        if (!known.some((regex) => regex.test(path))) return pages.get(NOT_FOUND) ?? null;
        return null;
      },
    };
  } catch {
    return null;
  }
}
