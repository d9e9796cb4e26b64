// Next.js calls register() once per server process, in each runtime; the start-up is Node.js-only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./server/start-up");
  await startUp();
}
