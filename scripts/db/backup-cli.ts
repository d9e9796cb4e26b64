// `npm run db:backup [-- --dir DIR]` and `npm run db:restore FILE`: the command line of scripts/db/backup.ts.
// DATABASE_URL picks the database (default file:./data/pathfinder.db); SQLite only (PostgreSQL: pg_dump).
import { parseArgs } from "node:util";
import { configuredDatabaseUrl } from "../../src/server/db-url";
import { loadEnvFile } from "../env-file";
import { backupDatabase, restoreDatabase } from "./backup";
import { displayPath, runCli, UserFacingError } from "./cli";

const USAGE = "usage: npm run db:backup [-- --dir DIR] | npm run db:restore FILE";

async function main(): Promise<void> {
  loadEnvFile(); // the same DATABASE_URL `npm start` uses
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: "string", default: "backups" } } });
  const [command, file] = positionals;
  const url = configuredDatabaseUrl();
  if (command === "backup") {
    const written = await backupDatabase(url, { dir: values.dir });
    console.log(`Backed up to ${displayPath(written)} (integrity_check: ok).`);
    return;
  }
  if (command === "restore") {
    if (!file)
      throw new UserFacingError(
        `db:restore needs the backup file, e.g. \`npm run db:restore backups/pathfinder-20260101-000000.db\`\n${USAGE}`,
      );
    const { applied } = await restoreDatabase(file, url);
    console.log(`Restored ${displayPath(file)} (integrity_check: ok; ${applied.length} migrations applied). Start the server again.`);
    return;
  }
  throw new UserFacingError(USAGE);
}

await runCli(main);
