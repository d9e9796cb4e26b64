import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, isPostgresSchemaCurrent } from "../../scripts/db/derive-postgres-schema";
import { projectLayout } from "../../scripts/db/layout";

describe("prisma/postgres/schema.prisma", () => {
  it("is exactly what prisma/schema.prisma derives to (run `npm run db:generate` and commit)", async () => {
    expect(await isPostgresSchemaCurrent(projectLayout)).toBe(true);
  });

  it("differs from the source of truth only in provider, client output and header", async () => {
    const sqlite = await readFile(projectLayout.schemaPath, "utf8");
    const postgres = derivePostgresSchema(sqlite);
    expect(postgres).toMatch(/provider\s*=\s*"postgresql"/);
    expect(postgres).toMatch(/output\s*=\s*"\.\.\/\.\.\/src\/generated\/postgres"/);
    expect(postgres).not.toContain('"sqlite"');
    const modelsOf = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(modelsOf(postgres)).toBe(modelsOf(sqlite));
  });

  it("refuses a schema it does not know how to derive", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(/sqlite/);
  });
});
