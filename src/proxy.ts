import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { auth } from "@/server/auth/config";
import { contentSecurityPolicy } from "@/server/security-headers";

/** Pages that need a signed-in user. Each page and action checks the user again itself. */
export function isProtectedPath(pathname: string): boolean {
  return (
    /^\/(dashboard|history|settings|plan)(\/|$)/.test(pathname) ||
    // Saved results are private; the questionnaire and the visitor's preview are not.
    /^\/assessment\/(?!preview(\/|$))[^/]+/.test(pathname)
  );
}

const guardProtectedPages = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && isProtectedPath(pathname)) {
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
});

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // With a lazily configured next-auth, auth(handler) resolves to the handler asynchronously.
  const handler = await guardProtectedPages;
  return handler(request, event as never);
}

export const config = {
  // Pages only: static files need no guard, and route handlers under /api check the user themselves
  // (auth endpoints, the public JSON API and the owner-only downloads).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
