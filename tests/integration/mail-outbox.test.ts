// The outbox and its worker against a real SMTP listener: messages survive an outage and go out once the
// server is back; concurrent workers on one database send each message once; headers cannot be injected.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDbClient } from "@/server/db";
import { enqueueMail } from "@/server/mail/outbox";
import { smtpTransport } from "@/server/mail/transport";
import { createMailWorker, retryDelayMs } from "@/server/mail/worker";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { startSmtpListener, unusedPort, type SmtpListener } from "../support/smtp";

const FROM = "PM Pathfinder <no-reply@example.test>";

describe(`mail outbox on ${testDbProvider}`, () => {
  let smtp: SmtpListener | undefined;

  beforeEach(async () => {
    await resetDatabase();
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
  });

  it("keeps a message through an SMTP outage and delivers it once the server is back", async () => {
    const user = await createUser();
    // The test owns its clock: the message is stamped with it, and the worker reads the same one.
    let clock = new Date("2026-12-01T10:00:00Z");
    await enqueueMail(db, { userId: user.id, kind: "test", to: user.email, subject: "Hello", text: "Body" }, clock);
    const port = await unusedPort();
    const worker = createMailWorker({
      db,
      provider: testDbProvider,
      transport: smtpTransport(`smtp://127.0.0.1:${port}`),
      from: FROM,
      now: () => clock,
      log: () => {},
    });

    expect(await worker.runOnce({ schedule: false })).toMatchObject({ sent: 0, failed: 1 });
    const waiting = await db.outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(1));

    // Not yet due again: no second attempt before the backoff has passed.
    expect(await worker.runOnce({ schedule: false })).toMatchObject({ sent: 0, failed: 0 });

    smtp = await startSmtpListener(port);
    clock = new Date(clock.getTime() + retryDelayMs(1));
    expect(await worker.runOnce({ schedule: false })).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ to: [user.email], subject: "Hello" });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2, lastError: null });

    expect(await worker.runOnce({ schedule: false })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(1);
    await worker.stop();
  });

  it("sends each message exactly once with two workers on two connections", async () => {
    smtp = await startSmtpListener();
    const user = await createUser();
    for (let i = 0; i < 30; i++) {
      await enqueueMail(db, { userId: user.id, kind: "test", to: user.email, subject: `Message ${i}`, text: "Body" }, new Date());
    }
    const second = createDbClient(process.env.DATABASE_URL!);
    try {
      const workers = [db, second].map((client) =>
        createMailWorker({ db: client, provider: testDbProvider, transport: smtpTransport(smtp!.url), from: FROM, log: () => {} }),
      );
      const results = await Promise.all(workers.map((w) => w.runOnce({ schedule: false })));
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
      const subjects = smtp.received.map((m) => m.subject).sort();
      expect(subjects).toEqual([...new Set(subjects)]);
      expect(subjects).toHaveLength(30);
      await Promise.all(workers.map((w) => w.stop()));
    } finally {
      await second.$disconnect();
    }
  });

  it("strips CR and LF from subjects and names, so no header can be injected", async () => {
    smtp = await startSmtpListener();
    const user = await createUser();
    await enqueueMail(
      db,
      {
        userId: user.id,
        kind: "test",
        to: user.email,
        subject: "Hi\r\nBcc: victim@example.test\r\nX-Injected: yes",
        text: "Body",
      },
      new Date(),
    );
    const worker = createMailWorker({ db, provider: testDbProvider, transport: smtpTransport(smtp.url), from: FROM, log: () => {} });
    await worker.runOnce({ schedule: false });
    await worker.stop();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual([user.email]);
    expect(mail!.headers.has("x-injected")).toBe(false);
    expect(mail!.headers.has("bcc")).toBe(false);
    expect(mail!.subject).toBe("Hi Bcc: victim@example.test X-Injected: yes");
  });
});
