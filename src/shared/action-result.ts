import type { z } from "zod";

/** What every server action returns. Actions never throw to the client. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[]>;
      details?: unknown;
      /** A machine-readable reason when the client should act on it; "UNAVAILABLE": the database is down, retry. */
      code?: ActionErrorCode;
    };

export type ActionErrorCode = "UNAVAILABLE";

/**
 * An expected failure with a message fit for the user ("not found", "changed elsewhere").
 * Thrown inside an action handler; the helper turns it into `{ ok: false }`.
 */
export class ActionError extends Error {
  /** Set by subclasses whose failure the client may act on (see ActionErrorCode). */
  readonly code?: ActionErrorCode;

  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    /** Optional payload for the client, e.g. the fresh state after a stale write. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/**
 * Zod issues as field → messages, keyed by the dotted path ("company.tenureYears"). An unknown key is an
 * error at its own path ("salary", "evidence.mba"), one per key; only an input that is not an object at
 * all (null, a list) is left for the form as a whole, under "_form".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object: an unknown key may be "__proto__".
  const fieldErrors = new Map<string, string[]>();
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join(".") || "_form";
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) add([...issue.path, key], `Unknown field: ${key}`);
    else add(issue.path, issue.message);
  }
  return Object.fromEntries(fieldErrors);
}

export const INVALID_INPUT_MESSAGE = "Please correct the highlighted fields.";
