import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

/**
 * The client's address for rate limiting. X-Forwarded-For is client-controlled, so its first entry is
 * only believed behind a proxy we run (TRUST_PROXY=1); otherwise the last entry — the one added by the
 * hop closest to us — is used.
 */
export function clientIpFrom(forwardedFor: string | null, realIp: string | null, trustProxy: boolean): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const chosen = trustProxy ? hops[0] : hops[hops.length - 1];
  return chosen ?? realIp ?? "unknown";
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip"), env().TRUST_PROXY);
}

/** "Firefox on Windows": enough for a person to recognise a sign-in, without storing the raw header. */
export function coarseUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /OPR\//.test(userAgent) ? "Opera"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /Chrom(e|ium)\//.test(userAgent) ? "Chrome"
    : /Safari\//.test(userAgent) ? "Safari"
    : /curl\//i.test(userAgent) ? "curl"
    : "Unknown browser";
  const os =
    /Windows/.test(userAgent) ? "Windows"
    : /Android/.test(userAgent) ? "Android"
    : /iPhone|iPad|iOS/.test(userAgent) ? "iOS"
    : /Mac OS X|Macintosh/.test(userAgent) ? "macOS"
    : /Linux/.test(userAgent) ? "Linux"
    : null;
  return os ? `${browser} on ${os}` : browser;
}
