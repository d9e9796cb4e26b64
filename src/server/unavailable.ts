// Telling a database outage (or a full disk) from a bug, so that users see "try again" instead of "your session
// has ended" or "something went wrong", and nothing pretends to have been saved.
// No "server-only": scripts/serve.ts reads the per-request state to answer 503 (see markDatabaseUnavailable).
import { AsyncLocalStorage } from "node:async_hooks";

export const UNAVAILABLE_MESSAGE =
  "PM Pathfinder can't reach its database right now, so nothing was saved. Your session is still valid: please try again in a minute.";
export const DISK_FULL_MESSAGE = "The server is out of disk space, so nothing was saved. Please try again later.";

// Prisma's codes for "can't reach", "timed out", "connection closed", "pool timeout".
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|DatabaseNotReachable|ConnectionClosed|server closed the connection|the database system is (starting up|shutting down)/i;
const DISK_FULL_TEXT = /SQLITE_FULL|database or disk is full|ENOSPC|No space left on device|\b53100\b/i;

/** The error, its causes and the texts Prisma and the drivers put on them. */
function* layers(error: unknown, depth = 0): Generator<{ code?: unknown; name?: unknown; text: string }> {
  if (error === null || error === undefined || depth > 5) return;
  if (typeof error !== "object") {
    yield { text: typeof error === "string" ? error : "" };
    return;
  }
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  yield { code: e.code, name: e.name, text: `${typeof e.message === "string" ? e.message : ""} ${safeJson(e.meta)} ${safeJson(e.cause)}` };
  yield* layers(e.cause, depth + 1);
}

function safeJson(value: unknown): string {
  if (value === undefined) return "";
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return ""; // a cycle: the layers above and below are read on their own
  }
}

/** True for an error that says the database could not be reached or dropped the connection. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  for (const layer of layers(error)) {
    if (typeof layer.code === "string" && UNAVAILABLE_CODES.has(layer.code)) return true;
    if (layer.name === "PrismaClientInitializationError") return true;
    if (typeof layer.code === "string" && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|57P0[1-3])$/.test(layer.code))
      return true;
    if (UNAVAILABLE_TEXT.test(layer.text)) return true;
  }
  return false;
}

/** True for a write refused because the disk (or the database's file system) is full. */
export function isDiskFullError(error: unknown): boolean {
  for (const layer of layers(error)) {
    if (layer.code === "SQLITE_FULL" || layer.code === "ENOSPC" || layer.code === "53100") return true;
    if (DISK_FULL_TEXT.test(layer.text)) return true;
  }
  return false;
}

/** Thrown where the database could not be asked (e.g. the session lookup): the request answers 503. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  constructor(cause?: unknown) {
    super(UNAVAILABLE_MESSAGE, { cause });
    markDatabaseUnavailable();
  }
}

/** What scripts/serve.ts learns about one request from the app's code in the same process. */
export interface RequestState {
  databaseUnavailable?: boolean;
}

// On globalThis: Next's bundle and scripts/serve.ts load their own copies of this module.
const store = globalThis as typeof globalThis & { __pathfinderRequestState?: AsyncLocalStorage<RequestState> };

export function requestStateStorage(): AsyncLocalStorage<RequestState> {
  store.__pathfinderRequestState ??= new AsyncLocalStorage<RequestState>();
  return store.__pathfinderRequestState;
}

/** Marks this request as having met a database outage: if it ends in a 5xx, the server answers 503 "retry". */
export function markDatabaseUnavailable(): void {
  const state = requestStateStorage().getStore();
  if (state) state.databaseUnavailable = true;
}
