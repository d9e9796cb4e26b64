/**
 * The server/client boundary, checked on the source text like the domain purity tests:
 * 1. code that runs in the browser (a "use client" module and everything it imports) reaches src/server only
 *    through server actions ("use server" modules); types and helpers both sides need live in src/shared;
 * 2. every src/server module that does I/O imports "server-only", so that a client import fails the build,
 *    except server actions (Next keeps those on the server) and the modules plain Node processes load
 *    (scripts/, bench/, the Playwright fixtures), where "server-only" would throw. (Next's own bundles,
 *    src/instrumentation.ts included, resolve it to an empty module.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");
const rel = (file: string) => path.relative(ROOT, file);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : filesUnder(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

const sources = new Map<string, string>();
const source = (file: string) => {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
};

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, with whether it is type-only. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement =
    /^(import|export)(\s+type)?\s[^;]*?from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
  for (const match of source(file).matchAll(statement)) {
    found.push({ specifier: match[3] ?? match[4] ?? match[5]!, typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** The file a specifier names, for the project's own modules ("@/…" and relative); null for packages. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

const isServerAction = (file: string) => /^\s*["']use server["']/.test(source(file));
const isClientModule = (file: string) => /^\s*["']use client["']/.test(source(file));
const inServer = (file: string) => file.startsWith(path.join(SRC, "server") + path.sep);

/** Every project module `entries` load at run time (type-only imports are erased, so not followed). */
function reachable(entries: string[], follow: (file: string) => boolean = () => true): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!follow(file)) continue;
    for (const { specifier, typeOnly } of importsOf(file)) {
      const target = typeOnly ? null : resolve(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const srcFiles = filesUnder(SRC);

describe("code that runs in the browser", () => {
  const clientEntries = srcFiles.filter(isClientModule);
  // A server action's body stays on the server: the browser gets a reference, so its imports are not followed.
  const clientCode = [...reachable(clientEntries, (file) => !isServerAction(file))].filter((file) => !isServerAction(file));

  it("has client modules to check, and the walk follows their imports", () => {
    expect(clientEntries.length).toBeGreaterThan(20);
    expect(clientCode.map(rel)).toContain("src/components/plan/plan-state.ts");
  });

  it.each(clientCode.map(rel))("%s imports from src/server only server actions, not even types", (file) => {
    const full = path.join(ROOT, file);
    const offending = importsOf(full)
      .map(({ specifier }) => ({ specifier, target: resolve(full, specifier) }))
      .filter(({ target }) => target && inServer(target) && !isServerAction(target))
      .map(({ specifier }) => specifier);
    expect(offending).toEqual([]);
  });

  // Calendar arithmetic (Temporal) is server-side: the browser formats days with Intl (src/domain/time-zone.ts),
  // so the polyfill never reaches a client bundle (docs/decisions/0025-temporal-for-calendar-arithmetic.md).
  it("never loads Temporal", () => {
    const calendar = path.join(SRC, "domain/calendar.ts");
    const withTemporal = clientCode.filter(
      (file) => file === calendar || importsOf(file).some(({ specifier, typeOnly }) => !typeOnly && specifier === "temporal-polyfill"),
    );
    expect(withTemporal.map(rel)).toEqual([]);
  });
});

describe('src/server modules that do I/O import "server-only"', () => {
  const IO =
    /\bfrom\s+["'](?:@\/server\/db|\.\.?\/(?:\.\.\/)*db|node:(?:fs|fs\/promises|net|child_process|dns)|pg|nodemailer|ioredis|redis|next\/headers)["']|\bfetch\(/;
  const nodeEntries = [
    ...filesUnder(path.join(ROOT, "scripts")),
    ...filesUnder(path.join(ROOT, "bench")),
    ...filesUnder(path.join(ROOT, "tests/e2e")),
    path.join(ROOT, "playwright.config.ts"),
  ];
  const loadedByPlainNode = reachable(nodeEntries);
  const serverModules = srcFiles.filter(inServer);
  const needingGuard = serverModules.filter(
    (file) => IO.test(source(file).replace(/^import type[^;]*;/gm, "")) && !isServerAction(file) && !loadedByPlainNode.has(file),
  );

  it("finds modules to check, and knows which ones plain Node loads", () => {
    expect(needingGuard.map(rel)).toContain("src/server/plan/queries.ts");
    expect(loadedByPlainNode.has(path.join(SRC, "server/db.ts"))).toBe(true);
  });

  it.each(needingGuard.map(rel))("%s", (file) => {
    expect(source(path.join(ROOT, file))).toMatch(/^import ["']server-only["'];/m);
  });

  it("no module that plain Node loads imports it (it would throw there)", () => {
    const guarded = [...loadedByPlainNode].filter((file) => inServer(file) && /^import ["']server-only["'];/m.test(source(file)));
    expect(guarded.map(rel)).toEqual([]);
  });
});

describe("pages stay thin", () => {
  const pages = srcFiles.filter((file) => file.startsWith(path.join(SRC, "app") + path.sep));
  it.each(pages.map(rel))("%s reads through a query, never the database client", (file) => {
    const full = path.join(ROOT, file);
    const dbImports = importsOf(full).filter(({ specifier }) => resolve(full, specifier) === path.join(SRC, "server/db.ts"));
    expect(dbImports).toEqual([]);
  });
});
