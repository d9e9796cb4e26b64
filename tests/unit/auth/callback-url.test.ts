// Hole 3 of issue 11: `/sign-in?callbackUrl=/%09/evil.example` sent the browser off the site after sign-in.
// Whatever safeCallbackPath returns must, resolved as a browser resolves a Location header, stay on the site.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/domain/account/schemas";

const SITE = "https://app.example";

/** Where a browser on the site goes when a redirect says `location`. */
function destination(location: string): URL {
  return new URL(location, `${SITE}/sign-in?callbackUrl=x`);
}

const tricky = fc.constantFrom(
  "/",
  "\\",
  "\t",
  "\n",
  "\r",
  " ",
  "@",
  ":",
  ".",
  "?",
  "#",
  "%",
  "%2F",
  "%5C",
  "%09",
  "%0A",
  "%2f%2f",
  "%40",
  "evil.example",
  "evil.example:443",
  "user:pass",
  "http:",
  "https:",
  "javascript:",
  "//",
  "/\\",
  "\\/",
  "..",
  "\u0000",
  "\u3002",
  "\uff0f",
  "a",
);

describe("safeCallbackPath never leaves the site", () => {
  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\evil.example",
    "/\t\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "https://evil.example",
    "/\u0000/evil.example",
    "///evil.example",
    "/@evil.example",
    "/%2F%2Fevil.example",
  ])("%j stays on the site", (raw) => {
    const path = safeCallbackPath(raw);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(destination(path).origin).toBe(SITE);
  });

  it("keeps an ordinary path with its query and fragment", () => {
    expect(safeCallbackPath("/assessment/abc?x=1#top")).toBe("/assessment/abc?x=1#top");
    expect(safeCallbackPath("/plan")).toBe("/plan");
  });

  it("a repeated callbackUrl (a list) falls back instead of throwing", () => {
    expect(safeCallbackPath(["/plan", "/settings"])).toBe("/dashboard");
  });

  it("fuzzing with tabs, newlines, backslashes, encoded forms and @ finds no way off the site", () => {
    fc.assert(
      fc.property(
        fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join("")),
        fc.boolean(),
        (body, leadingSlash) => {
          const raw = leadingSlash ? `/${body}` : body;
          const path = safeCallbackPath(raw);
          expect(path.startsWith("//")).toBe(false);
          expect(destination(path).origin).toBe(SITE);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
