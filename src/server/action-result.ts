import type { z } from "zod";

/** What every server action returns. Actions never throw to the client. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; details?: unknown };

/**
 * An expected failure with a message fit for the user ("not found", "changed elsewhere").
 * Thrown inside an action handler; the helper turns it into `{ ok: false }`.
 */
export class ActionError extends Error {
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

/** Zod issues as field → messages, keyed by the dotted path ("company.tenureYears"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export const INVALID_INPUT_MESSAGE = "Please correct the highlighted fields.";
