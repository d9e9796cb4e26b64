import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/domain/account/schemas";
import { appUrl, parseEnv } from "@/server/env";
import { clientIpFrom, coarseUserAgent } from "@/server/request";

describe("sign-up schema", () => {
  it("trims and lower-cases the email, trims the name", () => {
    const parsed = signUpSchema.parse({ name: "  Ada  ", email: "  Ada@Example.COM ", password: "x".repeat(12) });
    expect(parsed).toMatchObject({ name: "Ada", email: "ada@example.com" });
  });

  it("names each bad field", () => {
    const result = signUpSchema.safeParse({ name: " ", email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["name", "email", "password"]));
  });

  it("rejects wrong types and missing fields", () => {
    expect(signUpSchema.safeParse({ name: 1, email: null }).success).toBe(false);
    expect(signUpSchema.safeParse(null).success).toBe(false);
  });
});

describe("sign-in schema", () => {
  it("does not apply the new-password length rule", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "short" }).success).toBe(true);
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/plan", "/plan"],
    ["/assessment/abc?x=1", "/assessment/abc?x=1"],
    ["https://evil.example", "/dashboard"],
    ["//evil.example", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["", "/dashboard"],
    [undefined, "/dashboard"],
  ])("%s → %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });
});

describe("environment", () => {
  it("defaults to a SQLite file and development", () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: "file:./data/pathfinder.db", NODE_ENV: "development" });
  });

  it("requires AUTH_SECRET in production and names it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });

  it("names a malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
});

describe("client address and user agent", () => {
  it("believes the first forwarded hop only behind a trusted proxy", () => {
    expect(clientIpFrom("1.1.1.1, 2.2.2.2", null, true)).toBe("1.1.1.1");
    expect(clientIpFrom("1.1.1.1, 2.2.2.2", null, false)).toBe("2.2.2.2");
    expect(clientIpFrom(null, "3.3.3.3", false)).toBe("3.3.3.3");
    expect(clientIpFrom(null, null, false)).toBe("unknown");
  });

  it("describes a browser coarsely", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
    expect(coarseUserAgent(chrome)).toBe("Chrome on Linux");
    expect(coarseUserAgent(null)).toBe("Unknown browser");
  });
});

describe("environment: empty values", () => {
  it("treats an empty AUTH_SECRET as missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(parseEnv({ AUTH_SECRET: "" }).AUTH_SECRET).toBeUndefined();
  });
});

describe("mail settings in the environment", () => {
  it("builds email links from APP_URL, else from localhost and PORT", () => {
    expect(appUrl(parseEnv({}))).toBe("http://localhost:3000");
    expect(appUrl(parseEnv({ PORT: "3204" }))).toBe("http://localhost:3204");
    expect(appUrl(parseEnv({ APP_URL: "https://pathfinder.example.com/" }))).toBe("https://pathfinder.example.com");
    expect(() => parseEnv({ APP_URL: "javascript:alert(1)" })).toThrow(/APP_URL/);
  });

  it("accepts smtp:// and smtps:// URLs only, and a one-line MAIL_FROM", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:pass@mail.example.com:587" }).SMTP_URL).toBe("smtp://user:pass@mail.example.com:587");
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ MAIL_FROM: "A <a@b.c>\r\nBcc: x@y.z" })).toThrow(/MAIL_FROM/);
  });
});
