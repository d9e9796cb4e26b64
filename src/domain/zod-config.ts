/**
 * Imported (for its effect) first by every module that builds a shared schema. Zod 4 compiles object
 * parsers with `new Function` when it can; in the browser our Content-Security-Policy forbids eval, so
 * the attempt is blocked and reported as a violation on every page with a form. Jitless mode skips the
 * attempt; parsing stays correct and, for our small inputs, as fast. Only `config` is imported, so the
 * schema modules' own `import { z } from "zod"` still tree-shakes.
 */
import { config } from "zod";

config({ jitless: true });
