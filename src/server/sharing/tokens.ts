import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes (256 bits) in base64url: unguessable, and safe in a URL path without encoding. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Only this is stored. A fast hash is enough: the token has 256 bits of entropy, so unlike a password it
 * cannot be guessed from its hash, and a database leak does not reveal working links.
 */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
