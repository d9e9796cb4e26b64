/**
 * The assessment domain stays pure (docs/architecture.md, "Layers"): no next, react, prisma, node or server imports,
 * and no clock or randomness that would break determinism. Checked on the source text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(__dirname, "../../../src/domain/assessment");
/** Statements at the start of a line: `import … from "x"` / `export … from "x"`, braces may span lines. */
const IMPORT = /^(?:import|export)\s[^;=]*?\sfrom\s+["']([^"']+)["']/gm;
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("src/domain/assessment purity", () => {
  it("has source files to check, and the import check sees their imports", () => {
    expect(files).toContain("scoring.ts");
    const scoring = readFileSync(join(DIR, "scoring.ts"), "utf8");
    expect([...scoring.matchAll(IMPORT)].map((m) => m[1])).toEqual(["./schemas", "./skills", "./path-fit", "./bridge"]);
  });

  it.each(files)("%s imports only zod (directly or with the domain's ../zod-config) and sibling modules", (file) => {
    const source = readFileSync(join(DIR, file), "utf8");
    const specifiers = [...source.matchAll(IMPORT)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^(zod|\.\.\/zod-config|\.\/[\w-]+)$/);
    expect(source).not.toMatch(/\brequire\(|\bimport\(/);
  });

  it.each(files)("%s uses no clock or randomness", (file) => {
    const source = readFileSync(join(DIR, file), "utf8");
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now|process\./);
  });
});
