import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { ActionError, type ActionFailure, type ActionResult, fieldErrorsOf, INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { limiters } from "./auth/limits";
import { tooManyActionsMessage } from "./auth/rate-limit";
import { getSessionUser, type SessionUser } from "./auth/session";
import { DISK_FULL_MESSAGE, isDatabaseUnavailableError, isDiskFullError, UNAVAILABLE_MESSAGE } from "./unavailable";

export { ActionError, type ActionResult, INVALID_INPUT_MESSAGE } from "@/shared/action-result";

/** FormData from a <form action> becomes a plain object; anything else is validated as it is. */
function toPlainInput(input: unknown): unknown {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const object: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith("$ACTION")) continue; // Next.js' own fields
      object[key] = typeof value === "string" ? value : null;
    }
    return object;
  }
  return input;
}

/** An unexpected error: logged with a reference the person can quote, never shown. */
function internalFailure(error: unknown): ActionFailure {
  const reference = randomBytes(4).toString("hex");
  console.error(`[action error ${reference}]`, error);
  return {
    ok: false,
    code: "INTERNAL",
    message: `Something went wrong on our side. Please try again (reference ${reference}).`,
    fieldErrors: {},
    reference,
  };
}

/** The database is down: nothing was saved, the session still counts, and the client may retry. */
function unavailable(): ActionFailure {
  return ActionError.unavailable(UNAVAILABLE_MESSAGE).toResult();
}

async function run<S extends z.ZodType, T>(
  schema: S,
  rawInput: unknown,
  handler: (input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const parsed = schema.safeParse(toPlainInput(rawInput));
    if (!parsed.success) return ActionError.invalid(INVALID_INPUT_MESSAGE, fieldErrorsOf(parsed.error)).toResult();
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (error instanceof ActionError) return error.toResult();
    if (isDatabaseUnavailableError(error)) return unavailable();
    if (isDiskFullError(error)) {
      console.error("[action] the disk is full:", (error as Error).message);
      return ActionError.unavailable(DISK_FULL_MESSAGE).toResult();
    }
    return internalFailure(error);
  }
}

type Action<T> = (input?: unknown) => Promise<ActionResult<T>>;

// Which schema guards which action, so tests can tell valid from invalid input for any action.
const inputSchemas = new WeakMap<Action<unknown>, z.ZodType>();

/** @internal The bad-input fuzz (tests/integration/bad-input.test.ts) finds each action's schema here. */
export function inputSchemaOf(action: (...args: never[]) => unknown): z.ZodType | undefined {
  return inputSchemas.get(action as Action<unknown>);
}

function registered<T>(schema: z.ZodType, action: Action<T>): Action<T> {
  inputSchemas.set(action, schema);
  return action;
}

const formActions = new WeakSet<(...args: never[]) => unknown>();

/**
 * Whether the action is a `(previous state, FormData)` form action made by `formAction`.
 * @internal Read by the bad-input fuzz (tests/integration/bad-input.test.ts).
 */
export function isFormAction(action: (...args: never[]) => unknown): boolean {
  return formActions.has(action);
}

/**
 * Adapts an action for `useActionState`, which calls it with (previous state, form data). The adapted
 * action keeps the original's schema, so table-driven tests treat both alike.
 */
export function formAction<T>(action: Action<T>): (previous: unknown, formData: FormData) => Promise<ActionResult<T>> {
  const adapted = async (_previous: unknown, formData: FormData) => action(formData);
  const schema = inputSchemas.get(action);
  if (schema) inputSchemas.set(adapted as Action<unknown>, schema);
  formActions.add(adapted);
  return adapted;
}

/**
 * The one helper every server action goes through: validates the input with `schema`, loads the
 * signed-in user (rejecting visitors), and turns every outcome into an ActionResult.
 */
export function userAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, user: SessionUser) => Promise<T>): Action<T> {
  return registered(schema, async (rawInput) => {
    let user: SessionUser | null;
    try {
      user = await getSessionUser();
    } catch (error) {
      // An outage is not a sign-out: the session stays valid and the client is told to retry.
      if (isDatabaseUnavailableError(error)) return unavailable();
      throw error;
    }
    if (!user) return ActionError.unauthenticated().toResult();
    return run(schema, rawInput, async (input) => {
      // Counted once the input is valid, i.e. for every action that reaches the database: a signed-in
      // user (or a stolen session) can't turn a script on the app's writes.
      const rate = await limiters().actionsByUser.consume(user.id);
      if (!rate.allowed) throw ActionError.rateLimited(tooManyActionsMessage(rate.retryAfterSeconds), rate.retryAfterSeconds);
      return handler(input, user);
    });
  });
}

/** The same for the few actions a visitor may call (sign-up, sign-in). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>): Action<T> {
  return registered(schema, (rawInput) => run(schema, rawInput, handler));
}
