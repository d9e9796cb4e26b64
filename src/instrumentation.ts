// Runs once when the server starts: a missing or malformed setting stops the start-up with its name,
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/env");
    env();
  }
}
