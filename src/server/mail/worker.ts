// The mail worker: every few seconds (and at once when this process enqueues mail) it enqueues due digests
// and reminders, then claims pending outbox messages and hands them to the transport. A failed send is
// retried with exponential backoff; nothing is deleted, so an SMTP outage loses nothing.
//
// Claiming is exactly-once across nodes: on PostgreSQL with SELECT … FOR UPDATE SKIP LOCKED (concurrent
// workers skip each other's rows instead of waiting), on SQLite with a conditional update in the single
// writer. A claim is a lease (lockedUntil): a worker that dies mid-send leaves the message to be retried.
// See docs/decisions/0015-mail-outbox-and-tokens.md and docs/mail.md.
import type { Db } from "@/server/db";
import type { DbProvider } from "@/server/db-url";
import type { OutboxMessage } from "@/server/db";
import { onMailEnqueued } from "./outbox";
import { enqueueDueDigests, enqueueDueReminders } from "./scheduler";
import type { MailTransport } from "./transport";

export const LEASE_MS = 2 * 60_000;
/** Kinds whose text carries a working single-use link: once sent, the stored copy is blanked. */
const KINDS_WITH_SECRET_LINKS = new Set(["password-reset", "verify-email"]);
export const REDACTED_TEXT = "(removed after sending: it carried a single-use link)";
export const MAX_ATTEMPTS = 15;
const BATCH = 20;
const POLL_MS = 2_000;
/** Scheduled sends are looked for less often than the outbox: they are due at most once a minute. */
const SCHEDULE_EVERY_MS = 30_000;

/** Wait before attempt n+1 after n failed ones: 5 s, 10 s, 20 s, … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface MailWorkerOptions {
  db: Db;
  provider: DbProvider;
  transport: MailTransport;
  from: string;
  /** Injectable clock: tests make a digest or reminder due without waiting. */
  now?: () => Date;
  pollMs?: number;
  log?: (line: string) => void;
}

export interface MailWorker {
  /** One pass: enqueue due scheduled mail, then deliver what is pending. Returns how many were sent. */
  runOnce(options?: { schedule?: boolean }): Promise<{ scheduled: number; sent: number; failed: number }>;
  start(): void;
  /** Stops polling and waits for the pass in progress. */
  stop(): Promise<void>;
}

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, provider, transport, from } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let stopped = true;
  let lastScheduleAt = -Infinity;
  let unsubscribe: (() => void) | undefined;

  async function claim(at: Date): Promise<OutboxMessage[]> {
    const leaseEnd = new Date(at.getTime() + LEASE_MS);
    const due = {
      status: "pending",
      nextAttemptAt: { lte: at },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: at } }],
    };
    if (provider === "postgres") {
      return db.$transaction(async (tx) => {
        const iso = at.toISOString();
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "OutboxMessage"
          WHERE "status" = 'pending' AND "nextAttemptAt" <= CAST(${iso} AS timestamp(3))
            AND ("lockedUntil" IS NULL OR "lockedUntil" <= CAST(${iso} AS timestamp(3)))
          ORDER BY "nextAttemptAt" LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED`;
        const ids = rows.map((row) => row.id);
        if (ids.length === 0) return [];
        await tx.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { lockedUntil: leaseEnd, attempts: { increment: 1 } } });
        return tx.outboxMessage.findMany({ where: { id: { in: ids } } });
      });
    }
    const candidates = await db.outboxMessage.findMany({ where: due, orderBy: { nextAttemptAt: "asc" }, take: BATCH });
    const claimed: OutboxMessage[] = [];
    for (const message of candidates) {
      const { count } = await db.outboxMessage.updateMany({
        where: { id: message.id, ...due },
        data: { lockedUntil: leaseEnd, attempts: { increment: 1 } },
      });
      if (count === 1) claimed.push({ ...message, attempts: message.attempts + 1, lockedUntil: leaseEnd });
    }
    return claimed;
  }

  async function deliver(message: OutboxMessage): Promise<boolean> {
    try {
      await transport.send({
        id: message.id,
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: (message.headers ?? {}) as Record<string, string>,
      });
    } catch (error) {
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      const at = now();
      await db.outboxMessage.updateMany({
        where: { id: message.id, lockedUntil: message.lockedUntil },
        data: {
          status: giveUp ? "failed" : "pending",
          lockedUntil: null,
          nextAttemptAt: new Date(at.getTime() + retryDelayMs(message.attempts)),
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
      });
      log(
        `[mail] ${giveUp ? "gave up on" : "will retry"} message ${message.id} (${message.kind}, attempt ${message.attempts}): ${(error as Error).message}`,
      );
      return false;
    }
    await db.outboxMessage.updateMany({
      where: { id: message.id, lockedUntil: message.lockedUntil },
      // Tokens are stored only as hashes; the sent copy must not keep the working link either.
      data: {
        status: "sent",
        sentAt: now(),
        lockedUntil: null,
        lastError: null,
        ...(KINDS_WITH_SECRET_LINKS.has(message.kind) ? { text: REDACTED_TEXT } : {}),
      },
    });
    return true;
  }

  async function runOnce({ schedule = true } = {}) {
    let scheduled = 0;
    if (schedule) {
      const at = now();
      scheduled = (await enqueueDueDigests(db, at)) + (await enqueueDueReminders(db, at));
    }
    let sent = 0;
    let failed = 0;
    for (;;) {
      const batch = await claim(now());
      if (batch.length === 0) break;
      for (const message of batch) {
        if (await deliver(message)) sent++;
        else failed++;
      }
      if (batch.length < BATCH) break;
    }
    return { scheduled, sent, failed };
  }

  async function pass() {
    const schedule = Date.now() - lastScheduleAt >= SCHEDULE_EVERY_MS;
    if (schedule) lastScheduleAt = Date.now();
    try {
      await runOnce({ schedule });
    } catch (error) {
      log(`[mail] worker pass failed: ${(error as Error).message}`);
    }
  }

  /** Runs a pass now, or right after the one in progress. */
  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        kick();
      }
    });
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      unsubscribe = onMailEnqueued(kick);
      timer = setInterval(kick, options.pollMs ?? POLL_MS);
      timer.unref();
      kick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      unsubscribe?.();
      await running;
      transport.close();
    },
  };
}
