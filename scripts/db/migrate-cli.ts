// `npm run db:deploy | db:migrate | db:status | db:reset`: the command line of the migration library
// (scripts/db/migrate.ts).
//   deploy                                   apply pending migrations
//   dev <name> | --name <name> [--create-only] [--accept-data-loss]
//                                            write a migration for both providers, apply it here
//   status                                   compare the database with the migrations folder
//   reset [--force]                          drop everything, re-apply (refused in production without --force)
// DATABASE_URL picks the database: postgres:// or postgresql:// → PostgreSQL; else a SQLite file
// (default file:./data/pathfinder.db).
import { parseArgs } from "node:util";
import { configuredDatabaseUrl, databaseProvider, redactDatabaseUrl } from "../../src/server/db-url";
import { runCli, UserFacingError } from "./cli";
import { createMigration, deployMigrations, describeStatus, migrationStatus, resetDatabaseSchema } from "./migrate";

const USAGE =
  "usage: tsx scripts/db/migrate-cli.ts deploy | status | reset [--force]" + " | dev <name> [--create-only] [--accept-data-loss]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
  });
  const [command, ...rest] = positionals;
  const url = configuredDatabaseUrl();

  switch (command) {
    case "deploy":
      await deployMigrations(url);
      return;
    case "status": {
      console.log(`${databaseProvider(url)} database ${redactDatabaseUrl(url)}`);
      const status = await migrationStatus(url);
      for (const line of describeStatus(status)) console.log(line);
      if (!status.upToDate) process.exitCode = 1; // like `prisma migrate status`, for scripts and CI
      return;
    }
    case "reset":
      await resetDatabaseSchema(url, { force: values.force });
      console.log("Run `npm run db:seed` for the demo account.");
      return;
    case "dev": {
      const name = values.name ?? rest[0];
      if (!name) {
        throw new UserFacingError(`dev needs a migration name, e.g. \`npm run db:migrate -- add_goals\`\n${USAGE}`);
      }
      const result = await createMigration(url, {
        name,
        createOnly: values["create-only"],
        acceptDataLoss: values["accept-data-loss"],
      });
      if (result.folder && !values["create-only"]) {
        const { generateClients } = await import("./generate"); // the schema may have changed
        await generateClients();
      }
      return;
    }
    default:
      throw new UserFacingError(USAGE);
  }
}

await runCli(main);
