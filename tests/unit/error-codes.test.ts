// The one table of failure codes: the public API's wire strings never change, each code has one wire
// string and one HTTP status, and ActionError's factories carry the code and its extras.
import { describe, expect, it } from "vitest";
import { ActionError } from "@/shared/action-result";
import { ERROR_CODES, httpStatusOf, wireCodeOf, type ErrorCode } from "@/shared/error-codes";

const codes = Object.keys(ERROR_CODES) as ErrorCode[];

describe("error codes", () => {
  it("keeps the public API's existing wire strings and statuses", () => {
    expect(
      Object.fromEntries(
        (
          [
            "INVALID_JSON",
            "INVALID",
            "PAYLOAD_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "RATE_LIMITED",
            "METHOD_NOT_ALLOWED",
            "INTERNAL",
          ] as const
        ).map((code) => [wireCodeOf(code), httpStatusOf(code)]),
      ),
    ).toEqual({
      invalid_json: 400,
      invalid_input: 400,
      payload_too_large: 413,
      unsupported_media_type: 415,
      rate_limited: 429,
      method_not_allowed: 405,
      internal_error: 500,
    });
    // The download endpoints' strings (docs/api.md).
    expect([wireCodeOf("UNAUTHENTICATED"), httpStatusOf("UNAUTHENTICATED")]).toEqual(["unauthorized", 401]);
    expect([wireCodeOf("NOT_FOUND"), httpStatusOf("NOT_FOUND")]).toEqual(["not_found", 404]);
  });

  it("gives every code its own wire string", () => {
    const wires = codes.map(wireCodeOf);
    expect(new Set(wires).size).toBe(codes.length);
  });

  it("maps every code to a 4xx or 5xx status, the server's own faults to 5xx", () => {
    for (const code of codes) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    expect(httpStatusOf("INTERNAL")).toBe(500);
    expect(httpStatusOf("UNAVAILABLE")).toBe(503);
    expect(codes.filter((code) => httpStatusOf(code) >= 500).sort()).toEqual(["INTERNAL", "UNAVAILABLE"]);
  });

  it("has the action codes the contract names", () => {
    for (const code of [
      "INVALID",
      "NOT_FOUND",
      "STALE",
      "RATE_LIMITED",
      "QUOTA",
      "FORBIDDEN",
      "UNAUTHENTICATED",
      "INTERNAL",
      "UNAVAILABLE",
    ]) {
      expect(codes).toContain(code);
    }
  });
});

describe("ActionError", () => {
  it("carries its code and only the extras that belong to it", () => {
    expect(ActionError.stale("Changed elsewhere.", { item: { id: "a" } }).toResult()).toEqual({
      ok: false,
      code: "STALE",
      message: "Changed elsewhere.",
      fieldErrors: {},
      details: { item: { id: "a" } },
    });
    expect(ActionError.rateLimited("Wait.", 7).toResult()).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      message: "Wait.",
      fieldErrors: {},
      retryAfterSeconds: 7,
    });
    expect(ActionError.forbidden("Confirm your address first.", "email_unconfirmed").toResult()).toMatchObject({
      code: "FORBIDDEN",
      reason: "email_unconfirmed",
    });
    expect(ActionError.invalid("Fix it.", { name: ["Required"] }).toResult()).toEqual({
      ok: false,
      code: "INVALID",
      message: "Fix it.",
      fieldErrors: { name: ["Required"] },
    });
    expect(ActionError.unauthenticated().toResult()).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/sign in/) });
    for (const make of [() => ActionError.notFound("x"), () => ActionError.quota("x"), () => ActionError.unavailable("x")]) {
      expect(Object.keys(make().toResult()).sort()).toEqual(["code", "fieldErrors", "message", "ok"]);
    }
  });
});
