import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/domain/account/schemas";
import { appUrl, parseEnv } from "@/server/env";
import { clientAddress, limitKeyOfAddress } from "@/server/client-address";
import { coarseUserAgent } from "@/server/request";

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
  it("TRUST_PROXY=0: the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("10.0.0.5", "1.1.1.1", 0)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "1.1.1.1, 2.2.2.2", 0)).toBe("10.0.0.5");
    expect(clientAddress("::ffff:10.0.0.5", undefined, 0)).toBe("10.0.0.5");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("TRUST_PROXY=N: the N-th hop from the right, so entries a client made up in front are ignored", () => {
    // The client sent "6.6.6.6"; our one proxy (the peer 10.0.0.1) appended the address it saw.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Two proxies: the edge appended the client, the inner one appended the edge.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", 2)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.1", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
    // Fewer hops than configured: the leftmost there is, never a crash.
    expect(clientAddress("10.0.0.1", undefined, 3)).toBe("10.0.0.1");
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

describe("the client key of rate limits", () => {
  it("groups IPv6 addresses by their /64, so rotating through one's own network buys nothing", () => {
    expect(limitKeyOfAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOfAddress("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOfAddress("2001:DB8:0001:0002:ffff::9%eth0")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOfAddress("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(limitKeyOfAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address, in either spelling", () => {
    expect(limitKeyOfAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(limitKeyOfAddress("::ffff:cb00:7109")).toBe("203.0.113.9");
    expect(limitKeyOfAddress("203.0.113.9")).toBe("203.0.113.9");
  });

  it("leaves what is not an address as it is", () => {
    expect(limitKeyOfAddress("unknown")).toBe("unknown");
    expect(limitKeyOfAddress("1:2:3")).toBe("1:2:3");
    expect(limitKeyOfAddress("1::2::3")).toBe("1::2::3");
  });
});
