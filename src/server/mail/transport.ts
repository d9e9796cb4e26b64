// How a message leaves the app: SMTP when SMTP_URL is set, otherwise an .eml file in data/outbox/ plus a
// console line with its subject and links (so `npm start` needs no mail server).
//
// Deliberately without `import "server-only"`: the mail worker is started from src/instrumentation.ts and
// driven by integration tests. Only server code imports this module.
import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { linksIn } from "@/domain/mail/headers";

export interface OutgoingMail {
  /** The outbox row's id: also the Message-ID's local part, so a receiver can spot a repeat. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface MailTransport {
  /** Resolves once the message is handed over; rejects when it was not (the worker retries). */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  readonly description: string;
}

function message(mail: OutgoingMail): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: mail.headers,
    messageId: `<${mail.id}@pm-pathfinder>`,
  };
}

// Short timeouts: a hung server must fail the attempt well inside the worker's lease (src/server/mail/worker.ts).
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function smtpTransport(url: string): MailTransport {
  const parsed = new URL(url);
  const transporter = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : parsed.protocol === "smtps:" ? 465 : 587,
    secure: parsed.protocol === "smtps:",
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    ...SMTP_TIMEOUTS,
  });
  return {
    description: `SMTP ${parsed.host}`,
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
    close() {
      transporter.close();
    },
  };
}

export const DEFAULT_OUTBOX_DIR = path.join("data", "outbox");

/** Writes `<outbox id>.eml` into `dir` and logs the subject and links. */
export function fileTransport(dir = DEFAULT_OUTBOX_DIR, log: (line: string) => void = console.log): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    description: `files in ${dir}`,
    async send(mail) {
      const info = await transporter.sendMail(message(mail));
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${mail.id}.eml`);
      await writeFile(file, info.message as Buffer);
      const links = linksIn(mail.text);
      log(`[mail] to ${mail.to}: "${mail.subject}" → ${file}${links.length ? `\n[mail]   ${links.join("\n[mail]   ")}` : ""}`);
    },
    close() {
      transporter.close();
    },
  };
}

/** The transport for the environment: SMTP_URL, or files. */
export function transportFor(smtpUrl: string | undefined): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : fileTransport();
}
