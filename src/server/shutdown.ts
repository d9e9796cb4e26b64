// Work to finish when the server stops (SIGTERM): scripts/serve.ts runs these after the last in-flight
// request has been answered. Kept on globalThis because Next's bundle and the server script load their own
// copies of modules; the process is the one thing they share. No "server-only": scripts/serve.ts imports it.
type Hook = () => Promise<void> | void;

const store = globalThis as typeof globalThis & { __pathfinderShutdownHooks?: Map<string, Hook>; __pathfinderStopping?: boolean };

/** From SIGTERM on, /api/health says "not ready" so a load balancer stops sending new requests here. */
export function markShuttingDown(): void {
  store.__pathfinderStopping = true;
}

export function isShuttingDown(): boolean {
  return store.__pathfinderStopping === true;
}

/** Registers (or replaces) the hook named `name`. */
export function onShutdown(name: string, hook: Hook): void {
  (store.__pathfinderShutdownHooks ??= new Map()).set(name, hook);
}

/**
 * Runs every hook once, the last registered first (the mail worker, which uses the database, stops before the
 * database client closes); a failing hook is logged and does not stop the others.
 */
export async function runShutdownHooks(): Promise<void> {
  const hooks = [...(store.__pathfinderShutdownHooks?.entries() ?? [])].reverse();
  store.__pathfinderShutdownHooks?.clear();
  for (const [name, hook] of hooks) {
    try {
      await hook();
    } catch (error) {
      console.error(`[shutdown] ${name}:`, error);
    }
  }
}
