// Small helpers shared by the scripts' command-line entry points.
import { realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** True when the module with this import.meta.url is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === moduleUrl;
  } catch {
    return false;
  }
}

/** An error whose message is meant for the person at the terminal: printed without a stack. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}

/** Runs a CLI entry point: prints user-facing errors plainly, everything else with its stack. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof UserFacingError ? `Error: ${error.message}` : error);
    process.exitCode = 1;
  }
}

/** A path as short as is still clear: relative inside the working directory, absolute outside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
