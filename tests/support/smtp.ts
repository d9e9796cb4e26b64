// A real SMTP server for the mail tests: smtp-server listening in-process on a free port, collecting every
// message it accepts (parsed with mailparser). The app's real nodemailer transport talks to it over TCP.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  headers: Map<string, unknown>;
  raw: string;
}

export interface SmtpListener {
  url: string;
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts a listener on `port` (0 = any free port). */
export async function startSmtpListener(port = 0): Promise<SmtpListener> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              headers: parsed.headers,
              raw,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The links in a received message's text. */
export function linksOf(mail: { text: string }): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);
}

/** A free TCP port with nothing listening on it (for "SMTP is down"). */
export async function unusedPort(): Promise<number> {
  const listener = await startSmtpListener(0);
  await listener.close();
  return listener.port;
}
