// Starts the app for the browser tests on a fresh SQLite file (see playwright.config.ts for the env).
import { mkdirSync, rmSync } from "node:fs";

for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`.tmp/e2e.db${suffix}`, { force: true });
mkdirSync(".tmp", { recursive: true });
await import("../../../scripts/start");
