/**
 * The one table of failure codes. Server actions return the code (`ActionResult.code`), the public API
 * sends its wire string as `error` with the HTTP status beside it, and clients branch on the code, never on
 * a message or on whether `details` is present. The API's wire strings are public and never change.
 */
export const ERROR_CODES = {
  /** Input failed validation; `fieldErrors` says where. */
  INVALID: { wire: "invalid_input", status: 400 },
  /** The body is not JSON (or not UTF-8). API only. */
  INVALID_JSON: { wire: "invalid_json", status: 400 },
  PAYLOAD_TOO_LARGE: { wire: "payload_too_large", status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { wire: "unsupported_media_type", status: 415 },
  METHOD_NOT_ALLOWED: { wire: "method_not_allowed", status: 405 },
  /** No session, or it has ended. ("unauthorized" is the wire string the download endpoints always sent.) */
  UNAUTHENTICATED: { wire: "unauthorized", status: 401 },
  /** Signed in, but not allowed (yet): `reason` says why, e.g. "email_unconfirmed". */
  FORBIDDEN: { wire: "forbidden", status: 403 },
  /** Not there, or not the caller's: the two are never told apart. */
  NOT_FOUND: { wire: "not_found", status: 404 },
  /** Changed elsewhere since it was read; `details` carries the fresh state. */
  STALE: { wire: "stale", status: 409 },
  /** Too many calls; `retryAfterSeconds` says when to try again. */
  RATE_LIMITED: { wire: "rate_limited", status: 429 },
  /** A daily or total allowance is used up (plans per day, stories per account). */
  QUOTA: { wire: "quota_exceeded", status: 429 },
  /** A bug on our side; `reference` is the id in the server log. */
  INTERNAL: { wire: "internal_error", status: 500 },
  /** A dependency (the database) is down for now: retrying later can work, and nothing was saved. */
  UNAVAILABLE: { wire: "unavailable", status: 503 },
} as const satisfies Record<string, { wire: string; status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type WireErrorCode = (typeof ERROR_CODES)[ErrorCode]["wire"];

export const wireCodeOf = (code: ErrorCode): WireErrorCode => ERROR_CODES[code].wire;
export const httpStatusOf = (code: ErrorCode): number => ERROR_CODES[code].status;
