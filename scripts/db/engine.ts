// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) by hand.
//
// Why by hand: the package's entry point does `import * as wasm from "./x.wasm"`, which only a bundler
// understands. We read the .wasm file ourselves and wire it to the package's generated JS bindings,
// the way Prisma 6's own loader did. The native schema-engine binary (downloaded by the Prisma CLI)
// is never needed.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

const BINDINGS_MODULE = "@prisma/schema-engine-wasm/schema_engine_bg";

let instantiated: Promise<void> | undefined;

/** Instantiates the WebAssembly module once per process; every engine shares it. */
function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    const bindingsFile = createRequire(import.meta.url).resolve(BINDINGS_MODULE);
    const bytes = await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    // The module imports every binding from "./schema_engine_bg.js" (the file next to it).
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * A schema engine bound to one database through a migration-aware adapter factory.
 * `schema` only matters to commands that read it from the engine state; most commands take it as input.
 */
export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  await instantiateWasm();
  return bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, logEngineLine, adapterFactory);
}

/** The engine logs JSON lines; show them only when asked (DEBUG mentioning prisma or schema-engine). */
function logEngineLine(line: string): void {
  if (/prisma|schema-engine/.test(process.env.DEBUG ?? "")) console.error(`[schema-engine] ${line}`);
}

/** The Prisma error code (P1014, P3006, …) carried by an engine error, if any. */
export function engineErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const record = error as Record<string, unknown>;
  for (const key of ["code", "error_code", "errorCode"]) {
    if (typeof record[key] === "string") return record[key];
  }
  const match = /\b(P\d{4})\b/.exec(typeof record.message === "string" ? record.message : "");
  return match?.[1];
}
