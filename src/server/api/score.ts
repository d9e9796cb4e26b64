import "server-only";
import { assessmentInputSchema, scoreAssessment } from "@/domain/assessment";
import { fieldErrorsOf } from "@/shared/action-result";
import type { RateLimiter } from "@/server/auth/rate-limit";
import { httpStatusOf, wireCodeOf, type ErrorCode } from "@/shared/error-codes";
import { isJsonContentType, readBodyWithLimit } from "./json-body";

/**
 * POST /api/v1/assessments/score: the public, stateless scoring endpoint. Documented in docs/api.md.
 * Kept apart from the route file so tests can drive it with any limiter and address.
 */

/** Largest accepted body. A complete assessment is about 500 bytes; 16 kB leaves room for whitespace. */
export const MAX_BODY_BYTES = 16 * 1024;

export const ALLOWED_METHODS = "POST, OPTIONS";

/** The codes this endpoint can answer with; wire strings and statuses come from the one table. */
export type ApiErrorCode = Extract<
  ErrorCode,
  "INVALID_JSON" | "INVALID" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "METHOD_NOT_ALLOWED" | "INTERNAL"
>;

export interface ScoreDeps {
  limiter: RateLimiter;
  /** The client's address, the rate-limit key. */
  clientIp: string;
}

const BASE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, "Content-Type": "application/json; charset=utf-8", ...headers },
  });
}

/** `{ error: <wire string>, message, ...extra }` with the code's HTTP status. */
export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(httpStatusOf(code), { error: wireCodeOf(code), message, ...extra }, headers);
}

export function methodNotAllowed(): Response {
  return apiError("METHOD_NOT_ALLOWED", "Use POST to score an assessment.", {}, { Allow: ALLOWED_METHODS });
}

export function options(): Response {
  return new Response(null, { status: 204, headers: { ...BASE_HEADERS, Allow: ALLOWED_METHODS } });
}

export async function handleScoreRequest(request: Request, { limiter, clientIp }: ScoreDeps): Promise<Response> {
  // Counted before anything else, so malformed requests cost the same as good ones.
  const limit = await limiter.consume(clientIp);
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    return apiError(
      "RATE_LIMITED",
      `Too many requests. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
      { retryAfterSeconds: seconds },
      { "Retry-After": String(seconds) },
    );
  }

  if (!isJsonContentType(request.headers.get("content-type"))) {
    return apiError("UNSUPPORTED_MEDIA_TYPE", "Send the assessment as JSON with Content-Type: application/json.");
  }

  const body = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === "too_large"
      ? apiError("PAYLOAD_TOO_LARGE", `The request body must be at most ${MAX_BODY_BYTES} bytes.`)
      : apiError("INVALID_JSON", "The request body is not valid UTF-8 text.");
  }

  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch (error) {
    const detail = body.text.trim() === "" ? "the request body is empty" : (error as Error).message;
    return apiError("INVALID_JSON", `The request body is not valid JSON: ${detail}.`);
  }

  const parsed = assessmentInputSchema.safeParse(json);
  if (!parsed.success) {
    return apiError("INVALID", "Some fields are missing or invalid; see fieldErrors.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  }

  try {
    return jsonResponse(200, scoreAssessment(parsed.data));
  } catch (error) {
    console.error("[api score]", error);
    return apiError("INTERNAL", "Something went wrong while scoring. Please try again.");
  }
}
