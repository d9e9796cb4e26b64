// Fails when prisma/schema.prisma was edited without a migration (run `npm run db:migrate -- <name>`),
// or when a committed migration was edited so that it no longer produces the schema.
import { describe, expect, it } from "vitest";
import { migrationStatus, schemaDriftFromMigrations } from "../../scripts/db/migrate";
import { testDbProvider } from "../support/db";

const databaseUrl = process.env.DATABASE_URL!;
const quiet = { log: () => {} };

describe(`committed ${testDbProvider} migrations`, () => {
  it("replayed on an empty database produce exactly the schema in schema.prisma", async () => {
    // The engine replays the migrations on a shadow database and diffs the result against the schema.
    const missingSql = await schemaDriftFromMigrations(databaseUrl, quiet);
    expect(missingSql, "schema.prisma has changes no migration contains").toBe("");
  });

  it("are all applied to the test database, none failed or edited", async () => {
    const status = await migrationStatus(databaseUrl, quiet);
    expect(status.local.length).toBeGreaterThan(0);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [], unknownToFolder: [], upToDate: true });
  });
});
