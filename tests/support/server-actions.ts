// Finds every server action in the code: each module under src/ that starts with "use server", and
// every function it exports. Table-driven tests check their tables against this list, so a new action
// that nobody added to a table fails the test instead of going unchecked.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface DiscoveredAction {
  /** "src/server/plan/actions.ts#setItemStatusAction" */
  key: string;
  file: string;
  name: string;
  fn: (...args: unknown[]) => Promise<unknown>;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") continue;
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.tsx?$/.test(entry)) yield full;
  }
}

export function serverActionFiles(root = "src"): string[] {
  return [...sourceFiles(root)]
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["'];?/.test(readFileSync(file, "utf8")))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

export async function discoverServerActions(): Promise<DiscoveredAction[]> {
  const actions: DiscoveredAction[] = [];
  for (const file of serverActionFiles()) {
    const loaded = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) {
      if (typeof value === "function") {
        actions.push({ key: `${file}#${name}`, file, name, fn: value as DiscoveredAction["fn"] });
      }
    }
  }
  return actions.sort((a, b) => a.key.localeCompare(b.key));
}
