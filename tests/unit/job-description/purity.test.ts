/** src/domain/job-description stays pure (docs/architecture.md): only sibling and assessment-schema imports, no clock. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(__dirname, "../../../src/domain/job-description");
const IMPORT = /^(?:import|export)\s[^;=]*?\sfrom\s+["']([^"']+)["']/gm;
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));

describe("src/domain/job-description purity", () => {
  it("has the analysis and the lexicon", () => {
    expect(files).toEqual(expect.arrayContaining(["analyze.ts", "lexicon.ts", "index.ts"]));
  });

  it.each(files)("%s imports only zod, siblings and other domain modules, and uses no clock or randomness", (file) => {
    const source = readFileSync(join(DIR, file), "utf8");
    for (const [, specifier] of source.matchAll(IMPORT))
      expect(specifier).toMatch(/^(zod|\.\.\/zod-config|\.\/[\w-]+|\.\.\/[\w-]+\/[\w-]+|\.\.\/[\w-]+)$/);
    expect(source).not.toMatch(/\brequire\(|\bimport\(|Math\.random|Date\.now|new Date\(|performance\.now|process\./);
  });
});
