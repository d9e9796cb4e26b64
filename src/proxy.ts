import { join } from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_HINT_COOKIE } from "@/components/account/session-hint";
import { contentSecurityPolicy, hashedContentSecurityPolicy } from "@/server/security-headers";
import { loadStaticPageIndex, type StaticPageIndex } from "@/server/static-pages";

/** Pages that need a signed-in user. Each page and action checks the user again itself. */
export function isProtectedPath(pathname: string): boolean {
  return (
    /^\/(dashboard|history|settings|plan)(\/|$)/.test(pathname) ||
    // Saved results are private; the questionnaire and the visitor's preview are not.
    /^\/assessment\/(?!preview(\/|$))[^/]+/.test(pathname)
  );
}

// next-auth's session cookie on http and (with the __Secure- prefix) on https.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Prerendered pages and the per-request page that serves the same path when the request needs more than one
 * file for everyone can give: a query string to honour, or a session cookie (a signed-in user's draft, a
 * redirect away from sign-in). Only the cookie's presence is looked at here; the page checks the session.
 */
const PER_REQUEST_TWINS: Record<string, { path: string; onQuery: boolean; onSession: boolean }> = {
  "/sign-in": { path: "/sign-in/continue", onQuery: true, onSession: true },
  "/sign-up": { path: "/sign-up/continue", onQuery: true, onSession: true },
  "/assessment": { path: "/assessment/resume", onQuery: false, onSession: true },
  "/resources": { path: "/resources/search", onQuery: true, onSession: false },
};

export function perRequestTwin(pathname: string, { hasQuery, hasSession }: { hasQuery: boolean; hasSession: boolean }): string | null {
  const twin = PER_REQUEST_TWINS[pathname];
  if (!twin) return null;
  return (twin.onQuery && hasQuery) || (twin.onSession && hasSession) ? twin.path : null;
}

// The production build's prerendered pages, read once per process (null in development: every page renders).
let staticPages: StaticPageIndex | null | undefined;
function prerenderedPages(): StaticPageIndex | null {
  if (staticPages === undefined) {
    staticPages = process.env.NODE_ENV === "production" ? loadStaticPageIndex(join(process.cwd(), ".next")) : null;
  }
  return staticPages;
}

/**
 * The first gate: a visitor without a session cookie is sent to sign-in before any rendering. Whether the
 * session is valid (signature, expiry, not revoked) is decided by the page itself through requireUser(),
 * so the proxy stays cheap — no token decryption and no database read on every request.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && isProtectedPath(pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }
  const dev = process.env.NODE_ENV === "development";
  const read = request.method === "GET" || request.method === "HEAD";
  const twin = read ? perRequestTwin(pathname, { hasQuery: search.length > 1, hasSession }) : null;

  // A prerendered page: the same bytes for everyone, so its CSP names its inline scripts by hash.
  const hashes = read && !twin ? prerenderedPages()?.hashesFor(pathname) : null;
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", hashedContentSecurityPolicy(hashes, { dev }));
    // No session-hint cookie here: a prerendered response may be kept by a shared cache, and must not carry
    // a Set-Cookie for one browser to everyone. Per-request pages (never shared-cached) keep it up to date.
    return response;
  }

  // Rendered per request: a fresh nonce, which Next.js reads from the request's CSP header and puts on its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = twin
    ? NextResponse.rewrite(new URL(twin + search, request.nextUrl.origin), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withSessionHint(request, response, hasSession);
}

/** Mirrors whether a session cookie is present (not whether it is valid) in the readable hint cookie. */
function withSessionHint(request: NextRequest, response: NextResponse, hasSession: boolean): NextResponse {
  const hinted = request.cookies.get(SESSION_HINT_COOKIE)?.value === "1";
  if (hasSession && !hinted) {
    response.cookies.set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", secure: request.nextUrl.protocol === "https:" });
  } else if (!hasSession && request.cookies.has(SESSION_HINT_COOKIE)) {
    response.cookies.delete(SESSION_HINT_COOKIE);
  }
  return response;
}

export const config = {
  // Pages only: static files need no guard, and route handlers under /api check the user themselves
  // (auth endpoints, the public JSON API and the owner-only downloads).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
