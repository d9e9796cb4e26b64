// Runs the app's real mail worker once against a real SMTP listener (tests/support/smtp.ts).
import { createDbClient, type Db } from "@/server/db";
import { smtpTransport } from "@/server/mail/transport";
import { createMailWorker } from "@/server/mail/worker";
import { db, testDbProvider } from "./db";
import type { SmtpListener } from "./smtp";

export const TEST_MAIL_FROM = "PM Pathfinder <no-reply@example.test>";

/** One worker pass (scheduled mail too, when `now` is given) with its own transport; returns its figures. */
export async function runMailWorker(smtp: SmtpListener, options: { now?: Date; client?: Db } = {}) {
  const worker = createMailWorker({
    db: options.client ?? db,
    provider: testDbProvider,
    transport: smtpTransport(smtp.url),
    from: TEST_MAIL_FROM,
    now: options.now ? () => options.now! : undefined,
    log: () => {},
  });
  try {
    return await worker.runOnce({ schedule: options.now !== undefined });
  } finally {
    await worker.stop();
  }
}

/** A second, independent connection to the test database, as another node would have. */
export function secondDbClient(): Db {
  return createDbClient(process.env.DATABASE_URL!);
}
