// The migration tool itself (scripts/db), in a scratch folder: two migrations in a row for both
// providers. Guards the four pitfalls of driving the WebAssembly schema engine through adapters
// (fresh database P1014, multi-statement SQL on the SQLite shadow, pg "char" columns, pg shadow
// database); re-run it whenever a Prisma package is upgraded.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbProvider } from "@/server/db-url";
import { isPostgresReachable, postgresRequired, scratchPostgresUrl } from "../../scripts/db/postgres-admin";
import {
  applyMigrations,
  createMigratedTestDatabase,
  createMigration,
  layoutIn,
  migrationStatus,
  schemaDriftFromMigrations,
  type MigrationLayout,
  type TestDatabase,
} from "../../scripts/db/migrate";
import { testDbProvider } from "../support/db";

const FIRST_SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

model Note {
  id   String @id @default(cuid())
  body String
}
`;

// Adding a column with a default to an existing SQLite table makes the engine rebuild the table:
// a many-statement script, which is what trips up the SQLite shadow database.
const SECOND_SCHEMA = FIRST_SCHEMA.replace("  body String\n", "  body String\n  pinned Boolean @default(false)\n  tags Tag[]\n").concat(`
model Tag {
  id     Int    @id @default(autoincrement())
  label  String @unique
  noteId String
  note   Note   @relation(fields: [noteId], references: [id], onDelete: Cascade)
}
`);

const other: DbProvider = testDbProvider === "sqlite" ? "postgres" : "sqlite";
const quiet = { log: () => {} };

// Both histories are written on every run, so a PostgreSQL server is needed even on the SQLite run.
// (Without one, the runner already skips PostgreSQL, or fails under CI; the block at the end tests the skip.)
const postgresReachable = await isPostgresReachable(scratchPostgresUrl());

describe.skipIf(!postgresReachable)(`migrate dev with ${testDbProvider} configured`, () => {
  let scratchDir: string;
  let layout: MigrationLayout;
  let configured: TestDatabase;
  const folders: string[] = [];

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), "pathfinder-migrate-test-"));
    layout = layoutIn(path.join(scratchDir, "prisma"));
    await writeSchema(FIRST_SCHEMA);
    configured = await createMigratedTestDatabase(testDbProvider, { empty: true });
  });

  afterAll(async () => {
    await configured?.drop();
    await rm(scratchDir, { recursive: true, force: true });
  });

  async function writeSchema(schema: string) {
    await mkdir(path.dirname(layout.schemaPath), { recursive: true });
    await writeFile(layout.schemaPath, schema);
  }

  it("creates the first migration for both providers on a fresh database, and applies it", async () => {
    const result = await createMigration(configured.url, { name: "first", layout, ...quiet });
    expect(result.folder).toMatch(/^\d{14}_first$/);
    expect(Object.keys(result.written).sort()).toEqual(["postgres", "sqlite"]);
    expect(result.applied).toEqual([result.folder]);
    folders.push(result.folder!);
  });

  it("creates a second migration (new column and table) for both providers, and applies it", async () => {
    await writeSchema(SECOND_SCHEMA);
    const result = await createMigration(configured.url, { name: "pinned notes and tags", layout, ...quiet });
    expect(result.folder).toMatch(/^\d{14}_pinned_notes_and_tags$/);
    expect(result.folder! > folders[0]!).toBe(true); // sorts after the first, even within the same second
    expect(result.applied).toEqual([result.folder]);
    folders.push(result.folder!);

    const sqliteSql = await readFile(result.written.sqlite!, "utf8");
    const postgresSql = await readFile(result.written.postgres!, "utf8");
    expect(sqliteSql).toContain('CREATE TABLE "Tag"');
    expect(postgresSql).toMatch(/ALTER TABLE "Note" ADD COLUMN\s+"pinned" BOOLEAN NOT NULL DEFAULT false/);
  });

  it("writes the standard layout: one lock file per provider, one folder per migration", async () => {
    for (const provider of ["sqlite", "postgres"] as const) {
      const lock = await readFile(path.join(layout.migrationsDirs[provider], "migration_lock.toml"), "utf8");
      expect(lock).toContain(`provider = "${provider === "sqlite" ? "sqlite" : "postgresql"}"`);
      for (const folder of folders) {
        const script = await readFile(path.join(layout.migrationsDirs[provider], folder, "migration.sql"), "utf8");
        expect(script).toMatch(/CREATE TABLE/);
      }
    }
  });

  it("reports the configured database up to date, with no drift", async () => {
    const status = await migrationStatus(configured.url, { layout, ...quiet });
    expect(status).toMatchObject({ local: folders, pending: [], upToDate: true });
    expect(await schemaDriftFromMigrations(configured.url, { layout, ...quiet })).toBe("");
  });

  it(`applies the ${other} history to a fresh ${other} database`, async () => {
    const fresh = await createMigratedTestDatabase(other, { empty: true });
    try {
      expect((await migrationStatus(fresh.url, { layout, ...quiet })).pending).toEqual(folders); // P1014 → all pending
      expect((await applyMigrations(fresh.url, { layout, ...quiet })).applied).toEqual(folders);
      expect((await migrationStatus(fresh.url, { layout, ...quiet })).upToDate).toBe(true);
      expect(await schemaDriftFromMigrations(fresh.url, { layout, ...quiet })).toBe("");
    } finally {
      await fresh.drop();
    }
  });

  it("writes nothing when the schema has not changed", async () => {
    const result = await createMigration(configured.url, { name: "nothing", layout, ...quiet });
    expect(result.folder).toBeNull();
  });

  it("notices a schema edit that no migration contains", async () => {
    const edited = SECOND_SCHEMA.replace("  label  String @unique\n", "  label  String @unique\n  color  String?\n");
    await writeSchema(edited);
    expect(await schemaDriftFromMigrations(configured.url, { layout, ...quiet })).toMatch(/color/);
  });
});

// `npm run db:migrate` on a laptop with SQLite and no PostgreSQL: the PostgreSQL half is skipped with one
// line, except under CI. A closed port stands in for the missing server.
describe("migrate dev on SQLite when no PostgreSQL server answers", () => {
  const closedPort = "postgresql://postgres@127.0.0.1:1/postgres";
  let scratchDir: string;
  let layout: MigrationLayout;
  let configured: TestDatabase;

  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(os.tmpdir(), "pathfinder-migrate-nopg-"));
    layout = layoutIn(path.join(scratchDir, "prisma"));
    await mkdir(path.dirname(layout.schemaPath), { recursive: true });
    await writeFile(layout.schemaPath, FIRST_SCHEMA);
    configured = await createMigratedTestDatabase("sqlite", { empty: true });
  });

  afterAll(async () => {
    await configured?.drop();
    await rm(scratchDir, { recursive: true, force: true });
  });

  it("under CI, stops before writing anything, naming the server", async () => {
    const lines: string[] = [];
    const attempt = createMigration(configured.url, {
      name: "first",
      layout,
      postgresServerUrl: closedPort,
      requirePostgres: true,
      log: (line) => lines.push(line),
    });
    await expect(attempt).rejects.toThrow(/needs a PostgreSQL server.*127\.0\.0\.1:1/);
    expect(lines).toEqual([]);
    expect((await migrationStatus(configured.url, { layout, ...quiet })).local).toEqual([]);
  });

  it("otherwise writes and applies the SQLite migration, and says in one line that PostgreSQL was skipped", async () => {
    const lines: string[] = [];
    const result = await createMigration(configured.url, {
      name: "first",
      layout,
      postgresServerUrl: closedPort,
      requirePostgres: false,
      log: (line) => lines.push(line),
    });
    expect(Object.keys(result.written)).toEqual(["sqlite"]);
    expect(result.applied).toEqual([result.folder]);
    expect(lines.filter((line) => /postgres/i.test(line))).toEqual([
      expect.stringMatching(/^PostgreSQL skipped: no server at postgresql:\/\/postgres@127\.0\.0\.1:1\/postgres/),
    ]);
    expect((await migrationStatus(configured.url, { layout, ...quiet })).upToDate).toBe(true);
  });

  it("treats any CI value but empty, 0 or false as CI", () => {
    expect(postgresRequired({ CI: "true" })).toBe(true);
    expect(postgresRequired({ CI: "1" })).toBe(true);
    expect(postgresRequired({ CI: "false" })).toBe(false);
    expect(postgresRequired({ CI: "" })).toBe(false);
    expect(postgresRequired({})).toBe(false);
  });
});
