// Where the browser tests' Chromium is. Synchronous, because playwright.config.ts needs it at load time;
// `scripts/browser/ensure.ts` does the provisioning and leaves its answer in RESOLVED_PATH_FILE.
import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const RESOLVED_PATH_FILE = path.join(process.cwd(), ".tmp", "chromium-path");

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH wins; then what `ensure` found last time, if still there; then Debian's package. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const remembered = readFileSync(RESOLVED_PATH_FILE, "utf8").trim();
    if (remembered && isExecutable(remembered)) return remembered;
  } catch {
    // Nothing remembered yet: fall through to the default.
  }
  return DEBIAN_CHROMIUM;
}
