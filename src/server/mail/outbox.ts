// Putting a message in the outbox. Callers pass their transaction client, so the message is stored in the
// same transaction as the change that caused it: both happen, or neither does.
import type { Db, Prisma } from "@/server/db";
import { singleLine } from "@/domain/mail/headers";

export type TxClient = Prisma.TransactionClient | Db;

export interface NewMail {
  userId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  /** For scheduled mail: a second enqueue with the same key fails on the unique index. */
  dedupeKey?: string;
}

// On globalThis: Next may load this module once for the instrumentation hook and again for the app.
const store = globalThis as typeof globalThis & { __pathfinderMailWakers?: Set<() => void> };
const wakers = (store.__pathfinderMailWakers ??= new Set());

/** The in-process worker registers here, so a new message goes out at once instead of at the next poll. */
export function onMailEnqueued(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/** Call after the transaction that enqueued mail has committed. */
export function wakeMailWorker(): void {
  for (const wake of wakers) wake();
}

/**
 * Stores one message, due at `now`. The caller passes its own clock reading, so a worker run on the same
 * clock (a test's, or the scheduler's) finds it due: stamping the real time here made tests with a fixed
 * clock depend on today's date.
 */
export async function enqueueMail(tx: TxClient, mail: NewMail, now: Date): Promise<void> {
  const headers = Object.fromEntries(
    Object.entries(mail.headers ?? {}).map(([name, value]) => [singleLine(name, 80), singleLine(value, 2000)]),
  );
  await tx.outboxMessage.create({
    data: {
      userId: mail.userId,
      kind: mail.kind,
      to: singleLine(mail.to, 254),
      subject: singleLine(mail.subject),
      text: mail.text,
      headers,
      dedupeKey: mail.dedupeKey ?? null,
      createdAt: now,
      nextAttemptAt: now,
    },
  });
}
