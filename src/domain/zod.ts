/**
 * The zod every shared schema is built with. Zod 4 compiles object parsers with `new Function` when it
 * can; in the browser our Content-Security-Policy forbids eval, so the attempt is blocked and reported
 * as a violation on every page with a form. Jitless mode skips the attempt (parsing stays correct and,
 * for our small inputs, just as fast).
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
