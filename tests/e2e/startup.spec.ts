// The production server refuses to start without a session secret, and says which setting is missing.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("next start without AUTH_SECRET in production exits with a message naming it", async () => {
  const child = spawn("node_modules/.bin/next", ["start", "--port", "3520"], {
    // Empty, not absent: Next.js would otherwise fill it in from a developer's .env file.
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(exitCode).toBe(1);
  expect(output).toContain("AUTH_SECRET: is required in production");
  expect(output).toContain("The server will not start");
});
