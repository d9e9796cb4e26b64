// Makes sure .env exists and holds an AUTH_SECRET, so `npm start` works on a fresh clone with nothing
// edited by hand. A real deployment (NODE_ENV=production set by the operator) must bring its own secret.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";

export function ensureEnvFile(file = ".env"): void {
  const existing = existsSync(file) ? readFileSync(file, "utf8") : null;
  const hasSecret = (text: string | null) => text !== null && /^\s*AUTH_SECRET\s*=\s*\S+/m.test(text);
  if (process.env.AUTH_SECRET || hasSecret(existing)) return;

  if (process.env.NODE_ENV === "production") {
    console.error(
      "AUTH_SECRET is not set. In production the app will not invent one: set AUTH_SECRET in the environment " +
        "(e.g. `openssl rand -base64 32`) or unset NODE_ENV to let `npm start` write a development .env.",
    );
    process.exit(1);
  }
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  if (existing === null) {
    writeFileSync(file, `# Written by npm start on ${new Date().toISOString()}. Keep it out of git.\n${line}`, { mode: 0o600 });
    console.log("Created .env with a fresh AUTH_SECRET.");
  } else {
    appendFileSync(file, (existing.endsWith("\n") || existing === "" ? "" : "\n") + line);
    console.log("Added a fresh AUTH_SECRET to .env.");
  }
}

/** Loads .env into process.env without overriding variables that are already set. */
export function loadEnvFile(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
