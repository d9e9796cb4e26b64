// Runs once when the server starts: a missing or malformed setting stops the start-up with its name,
// instead of failing on the first request. Then the mail worker starts (src/server/mail/start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  try {
    env();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n\nThe server will not start with this environment.`);
    process.exit(1);
  }
  const { startMailWorker } = await import("./server/mail/start");
  startMailWorker();
}
