// The app's own mail worker, started once per server process from src/instrumentation.ts (so it runs
// however the server is launched) and stoppable for graceful shutdown.
import "server-only";
import { currentDbProvider, getDb } from "@/server/db";
import { env } from "@/server/env";
import { onShutdown } from "@/server/shutdown";
import { transportFor } from "./transport";
import { createMailWorker, type MailWorker } from "./worker";

const store = globalThis as typeof globalThis & { __pathfinderMailWorker?: MailWorker };

export function startMailWorker(): MailWorker {
  if (store.__pathfinderMailWorker) return store.__pathfinderMailWorker;
  const settings = env();
  const transport = transportFor(settings.SMTP_URL);
  if (!settings.SMTP_URL && settings.NODE_ENV === "production") {
    console.warn(
      "\n[mail] Mail is OFF: SMTP_URL is not set, so no email is delivered. Messages are written to data/outbox/ " +
        "instead (password resets and address confirmations included). Set SMTP_URL and MAIL_FROM to send mail.\n",
    );
  }
  const worker = createMailWorker({ db: getDb(), provider: currentDbProvider(), transport, from: settings.MAIL_FROM });
  worker.start();
  store.__pathfinderMailWorker = worker;
  // scripts/serve.ts runs this on SIGTERM, after the requests in flight and before the database closes.
  onShutdown("mail worker", stopMailWorker);
  return worker;
}

/** Stops the worker after its current pass (graceful shutdown). */
export async function stopMailWorker(): Promise<void> {
  const worker = store.__pathfinderMailWorker;
  store.__pathfinderMailWorker = undefined;
  await worker?.stop();
}
