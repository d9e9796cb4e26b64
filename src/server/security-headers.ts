import { createHash } from "node:crypto";
// Relative, not "@/…": next.config.ts loads this file too.
import { SESSION_HINT_SCRIPT } from "../components/account/session-hint";
/**
 * Security headers. Pages rendered per request get a Content-Security-Policy with a per-request nonce (set by
 * src/proxy.ts, which Next.js then puts on its own inline scripts); prerendered pages, which are one file for
 * everyone, get the hashes of their inline scripts instead (src/server/static-pages.ts). Either way: no
 * 'unsafe-inline' or 'unsafe-eval' for scripts in production. Development adds what React's dev tooling and
 * hot reload need.
 */
export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  return policy(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", SESSION_HINT_SCRIPT_HASH, ...(dev ? ["'unsafe-eval'"] : [])], dev);
}

/** The root layout's one inline script of our own (the same bytes on every page), allowed by its hash. */
const SESSION_HINT_SCRIPT_HASH = `'sha256-${createHash("sha256").update(SESSION_HINT_SCRIPT, "utf8").digest("base64")}'`;

/**
 * For a prerendered page: its inline scripts by hash, its external scripts from 'self' (no 'strict-dynamic',
 * which would disregard 'self' and block the parser-inserted <script src> tags that carry no nonce).
 */
export function hashedContentSecurityPolicy(hashes: string[], { dev }: { dev: boolean }): string {
  return policy(["'self'", ...hashes, ...(dev ? ["'unsafe-eval'"] : [])], dev);
}

function policy(scriptSrc: string[], dev: boolean): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSrc,
    // Inline style attributes (progress bars, chart sizes) are data-driven and harmless; scripts are not.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Headers for every response; HSTS only in production (it would pin localhost to https in development).
 * @public Loaded by next.config.ts, which knip --production does not read.
 */
export function staticSecurityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
