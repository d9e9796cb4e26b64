import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/browser/chromium-path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Each port gets its own database file, so a second run on another port never touches the first's.
export const E2E_DATABASE_URL = PORT === 3100 ? "file:./.tmp/e2e.db" : `file:./.tmp/e2e-${PORT}.db`;
// A fixed secret for the test server only, so fixtures can mint session cookies.
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-use-0123456789";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous: on a 2-core machine a 22-step plan page under two workers can take half a minute to walk through.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Found or provisioned by scripts/browser/ensure.ts, which `npm test` and `npm run test:e2e` run first.
      executablePath: chromiumPath(),
      // Chromium must not reach for Google's services on a closed network.
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx tests/e2e/support/server.ts",
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      E2E_DATABASE_FILE: E2E_DATABASE_URL.replace(/^file:/, ""),
      DATABASE_URL: E2E_DATABASE_URL,
      AUTH_SECRET: E2E_AUTH_SECRET,
      // The supported way to keep one test's rate limits from blocking another's: the server trusts one
      // proxy hop (TRUST_PROXY=1), and each test's X-Forwarded-For stands for what that proxy appended.
      TRUST_PROXY: "1",
      // Limits stay in this server's memory even when the shell has REDIS_URL set (the Redis store's own
      // tests use it); tests/e2e/two-nodes.spec.ts starts its own nodes on PostgreSQL.
      REDIS_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
