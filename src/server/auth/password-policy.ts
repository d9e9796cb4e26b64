import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/domain/account/schemas";

let commonPasswords: Set<string> | undefined;

/** The 10,000 most common passwords (see scripts/generate-common-passwords.ts), loaded on first use. */
function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const file = path.join(process.cwd(), "src/server/auth/common-passwords.txt");
    commonPasswords = new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
  }
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  const common = loadCommonPasswords();
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  // "password123456" is as guessable as "password": strip a short run of digits and symbols
  // from either end and look again.
  const core = lower.replace(/^[\d\W_]{1,6}/, "").replace(/[\d\W_]{1,6}$/, "");
  if (core.length >= 4 && core !== lower && common.has(core)) return true;
  // "passwordpassword": a common password repeated.
  const half = lower.slice(0, lower.length / 2);
  return lower.length % 2 === 0 && half.repeat(2) === lower && common.has(half);
}

/**
 * Why a password is not acceptable, or null when it is. Length is also checked by the form schema;
 * it is repeated here so the policy holds wherever a password is set.
 */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size < 4) return "This password repeats too few characters: choose a less predictable one";
  if (isCommonPassword(password)) return "This password is too common: choose one that is harder to guess";
  const lower = password.toLowerCase();
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    return "Don't build your password from your email address";
  }
  return null;
}
