// Starts the app for the browser tests on a fresh SQLite file (see playwright.config.ts for the env).
import { mkdirSync, rmSync } from "node:fs";
import { connect } from "node:net";

const port = Number(process.env.PORT);
const portTaken = await new Promise<boolean>((resolve) => {
  const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
  socket.on("error", () => resolve(false));
});
if (portTaken) {
  // Something (a dev server that did not answer Playwright's probe in time) owns the port: starting a
  // second server would delete the database under it.
  console.error(`Port ${port} is already in use; not starting a second server.`);
  process.exit(1);
}

const databaseFile = process.env.E2E_DATABASE_FILE ?? "./.tmp/e2e.db";
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${databaseFile}${suffix}`, { force: true });
mkdirSync(".tmp", { recursive: true });
await import("../../../scripts/start");
