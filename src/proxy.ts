import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/server/security-headers";

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
  // A fresh nonce per request: Next.js reads it from the request's CSP header and puts it on its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: static files need no guard, and route handlers under /api check the user themselves
  // (auth endpoints, the public JSON API and the owner-only downloads).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
