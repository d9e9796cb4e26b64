// Single-use links sent by email. The token is 256 random bits; only its SHA-256 is stored, so a database
// leak gives no working link, and a token is found by its hash (never compared as plain text).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import type { TxClient } from "./outbox";

export type EmailTokenPurpose = "password-reset" | "verify-email" | "cancel-email-change";

export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashEmailToken(token) };
}

export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The token's row with its user when it is usable: right purpose, not used, not expired. Unknown, used and
 * expired tokens all come back as null, so callers cannot tell them apart (nor can anyone they answer).
 */
export async function findUsableToken(db: Db, purpose: EmailTokenPurpose, token: string, now: Date) {
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashEmailToken(token) },
    include: { user: { select: { id: true, email: true, name: true, emailVerifiedAt: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt !== null || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

/** Marks the token used; false when another request used it first (the loser must not go on). */
export async function consumeToken(tx: TxClient, id: string, now: Date): Promise<boolean> {
  const { count } = await tx.emailToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/**
 * Uses up every open emailed link of the account: reset, confirmation, email change and its cancel link.
 * Run on a password reset, a password change and sign-out-everywhere, so that a link someone sent themselves
 * while they had access stops working once the owner takes the account back (docs/decisions/0023-recovery-and-enumeration.md).
 */
export async function voidEmailTokens(tx: TxClient, userId: string, now: Date): Promise<void> {
  await tx.emailToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
