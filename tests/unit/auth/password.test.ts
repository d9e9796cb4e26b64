import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/server/auth/password";
import { isCommonPassword, passwordProblem } from "@/server/auth/password-policy";

describe("password policy", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });

  it.each([
    ["too short", "short-pass1", "Use at least 12 characters"],
    ["too long", "x".repeat(64) + "y".repeat(65), "Use at most 128 characters"],
  ])("rejects a password that is %s", (_case, password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  it("accepts exactly 12 and exactly 128 characters", () => {
    expect(passwordProblem("tulip-canyon")).toBeNull();
    expect(passwordProblem("abcdefghij".repeat(12) + "klmnopqr")).toBeNull();
  });

  it("rejects passwords from the 10,000 most common, case-insensitively", () => {
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(passwordProblem("1qaz2wsx3edc")).toMatch(/too common/);
  });

  it("rejects a common password padded with digits or symbols, or repeated", () => {
    expect(passwordProblem("password123456")).toMatch(/too common/);
    expect(passwordProblem("!!sunshine2024")).toMatch(/too common/);
    expect(passwordProblem("dragondragon")).toMatch(/too common/);
  });

  it("rejects passwords with almost no variety", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/too few characters/);
  });

  it("rejects a password built from the email address", () => {
    expect(passwordProblem("jane.doe-rocks-2026", { email: "jane.doe@example.com" })).toMatch(/email/);
  });

  it("rejects sequences and keyboard walks that are in no list (zxcvbn score below 3)", () => {
    expect(passwordProblem("123456789012")).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiopas")).toMatch(/too easy to guess/);
  });

  it("counts the person's name against the password", () => {
    expect(passwordProblem("ada lovelace 1815")).toBeNull();
    expect(passwordProblem("ada lovelace 1815", { name: "Ada Lovelace", email: "countess@example.com" })).toMatch(/too easy to guess/);
  });

  it("ships a list of 10,000 entries", async () => {
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync("src/server/auth/common-passwords.txt", "utf8").split("\n").filter(Boolean);
    expect(lines).toHaveLength(10_000);
    expect(new Set(lines).size).toBe(10_000);
    expect(lines[0]).toBe("123456");
  });
});

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's parameters and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapler")).toBe(false);
  });

  it("salts: the same password hashes differently twice", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("treats a malformed stored hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });

  it("dummy verification always fails", async () => {
    expect(await verifyAgainstDummy("anything at all")).toBe(false);
  });
});
