// What a server process does once when it starts (called from src/instrumentation.ts, in the Node.js runtime
// only, so the Edge build never sees `process.exit`): a missing or malformed setting stops the start-up with its
// name instead of failing on the first request; then the mail worker starts (src/server/mail/start.ts).
import { env } from "@/server/env";

export async function startUp(): Promise<void> {
  try {
    env();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n\nThe server will not start with this environment.`);
    process.exit(1);
  }
  const { startMailWorker } = await import("./mail/start");
  startMailWorker();
}
