import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEnglish from "@zxcvbn-ts/language-en";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/domain/account/schemas";

/** zxcvbn's 0–4 guessability score: 3 means "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn with its common and English dictionaries and keyboard graphs, built on first use (server only). */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  return estimator;
}

/** The person's own words, which an attacker who knows them would try first: name, its parts, the address. */
function userInputsOf({ email, name }: { email?: string; name?: string }): string[] {
  const words = [name, ...(name?.split(/\s+/) ?? []), email, ...(email?.split(/[@.+_-]/) ?? [])];
  return [...new Set(words.map((word) => word?.trim().toLowerCase() ?? "").filter((word) => word.length >= 3))];
}

/** zxcvbn's score for the password, with the person's name and email as words it is likely built from. */
export function passwordScore(password: string, context: { email?: string; name?: string } = {}): number {
  return strengthEstimator().check(password, userInputsOf(context)).score;
}

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
  // "123456789012" and "qwertyuiopas" are in no list but guessed in seconds: sequences, keyboard walks,
  // dates, words and the person's own name all count against the score.
  if (passwordScore(password, context) < MIN_PASSWORD_SCORE) {
    return "This password is too easy to guess: add a few uncommon words";
  }
  return null;
}
