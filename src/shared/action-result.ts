import type { z } from "zod";
import type { ErrorCode } from "./error-codes";

export type { ErrorCode } from "./error-codes";

/** The failure half of an ActionResult: a code to branch on, a message to show, and field errors. */
export interface ActionFailure {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors: Record<string, string[]>;
  /** STALE: the fresh state (`{ item }`, `{ story }`, …). */
  details?: unknown;
  /** RATE_LIMITED: seconds until the next call can succeed. */
  retryAfterSeconds?: number;
  /** FORBIDDEN: why, as a stable key ("email_unconfirmed"). */
  reason?: string;
  /** INTERNAL: the id of the server log line. */
  reference?: string;
}

/** What every server action returns. Actions never throw to the client. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

interface ActionErrorExtras {
  details?: unknown;
  retryAfterSeconds?: number;
  reason?: string;
}

/**
 * An expected failure with a message fit for the user ("not found", "changed elsewhere"), thrown inside an
 * action handler; the helper turns it into `{ ok: false, code, … }`. Build it with the factory for its code.
 */
export class ActionError extends Error {
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;
  readonly reason?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    extras: ActionErrorExtras = {},
  ) {
    super(message);
    this.name = "ActionError";
    this.details = extras.details;
    this.retryAfterSeconds = extras.retryAfterSeconds;
    this.reason = extras.reason;
  }

  static invalid(message: string, fieldErrors: Record<string, string[]> = {}): ActionError {
    return new ActionError("INVALID", message, fieldErrors);
  }
  static notFound(message: string): ActionError {
    return new ActionError("NOT_FOUND", message);
  }
  /** `details` is the fresh state the client shows instead of its own. */
  static stale(message: string, details: unknown): ActionError {
    return new ActionError("STALE", message, {}, { details });
  }
  static rateLimited(message: string, retryAfterSeconds: number): ActionError {
    return new ActionError("RATE_LIMITED", message, {}, { retryAfterSeconds });
  }
  static quota(message: string): ActionError {
    return new ActionError("QUOTA", message);
  }
  static forbidden(message: string, reason?: string): ActionError {
    return new ActionError("FORBIDDEN", message, {}, reason ? { reason } : {});
  }
  static unauthenticated(message: string = SESSION_ENDED_MESSAGE): ActionError {
    return new ActionError("UNAUTHENTICATED", message);
  }
  static unavailable(message: string): ActionError {
    return new ActionError("UNAVAILABLE", message);
  }

  toResult(): ActionFailure {
    return {
      ok: false,
      code: this.code,
      message: this.message,
      fieldErrors: this.fieldErrors,
      ...(this.details !== undefined ? { details: this.details } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.reason !== undefined ? { reason: this.reason } : {}),
    };
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
export const SESSION_ENDED_MESSAGE = "Your session has ended. Please sign in again.";
