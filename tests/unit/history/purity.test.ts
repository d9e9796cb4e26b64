import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.resolve(__dirname, "../../../src/domain/history");

// The charts must be reproducible in tests: every date, `now` included, is passed in.
describe("src/domain/history purity", () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts"))) {
    it(`${file} reads no clock and imports no framework`, () => {
      const source = readFileSync(path.join(DIR, file), "utf8");
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random/);
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith("./") && !i.startsWith("@/domain/"))).toEqual([]);
    });
  }
});
