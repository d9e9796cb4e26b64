// `npm run db:generate`, also the root postinstall: derives prisma/postgres/schema.prisma, then
// generates both Prisma clients (src/generated/sqlite and src/generated/postgres, git-ignored).
// Works offline: prisma.config.ts keeps `prisma generate` from downloading the schema engine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { isMainModule, runCli, UserFacingError } from "./cli";
import { writePostgresSchema } from "./derive-postgres-schema";
import { projectLayout, projectRoot } from "./layout";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

function prismaGenerate(schemaPath: string): void {
  const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schemaPath], {
    cwd: projectRoot, // prisma.config.ts is found from here
    stdio: "inherit",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) {
    throw new UserFacingError(`prisma generate failed for ${path.relative(projectRoot, schemaPath)}`);
  }
}

export async function generateClients(): Promise<void> {
  if (await writePostgresSchema()) {
    console.log("Updated prisma/postgres/schema.prisma from prisma/schema.prisma (commit it).");
  }
  prismaGenerate(projectLayout.schemaPath);
  prismaGenerate(projectLayout.postgresSchemaPath);
}

if (isMainModule(import.meta.url)) await runCli(generateClients);
