// `npm test` starts with scripts/browser/ensure.ts: it must either name a browser that runs or stop at once
// with one sentence, never leave Playwright to fail every test one by one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ensureScript = path.resolve("scripts/browser/ensure.ts");
const tsx = path.resolve("node_modules/.bin/tsx");

function runEnsure(env: Record<string, string>, cwd: string) {
  return spawnSync(tsx, [ensureScript], { cwd, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
}

describe("browser provisioning for the e2e tests", () => {
  it("stops with one sentence naming the fix when CHROMIUM_PATH does not run", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "ensure-"));
    const run = runEnsure({ CHROMIUM_PATH: path.join(cwd, "no-such-chromium") }, cwd);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/CHROMIUM_PATH=.*does not run.*fix or unset it/);
  });

  it("accepts a CHROMIUM_PATH that answers --version and remembers it for playwright.config.ts", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "ensure-"));
    const fakeBrowser = path.join(cwd, "chromium");
    writeFileSync(fakeBrowser, "#!/bin/sh\necho 'Chromium 999.0 (test double)'\n");
    chmodSync(fakeBrowser, 0o755);
    const run = runEnsure({ CHROMIUM_PATH: fakeBrowser }, cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Chromium 999.0");
    expect(readFileSync(path.join(cwd, ".tmp", "chromium-path"), "utf8").trim()).toBe(fakeBrowser);
  });
});
