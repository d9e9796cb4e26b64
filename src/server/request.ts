import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, limitKeyOfAddress, UNKNOWN_ADDRESS } from "./client-address";

/**
 * The client as rate limits count it: the address scripts/serve.ts established (socket peer, or TRUST_PROXY
 * hops from the right), with IPv6 grouped by its /64 (limitKeyOfAddress).
 */
export function clientIpOf(requestHeaders: Headers): string {
  return limitKeyOfAddress(requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS);
}

export async function clientIp(): Promise<string> {
  return clientIpOf(await headers());
}

/** "Firefox on Windows": enough for a person to recognise a sign-in, without storing the raw header. */
export function coarseUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /Chrom(e|ium)\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : /curl\//i.test(userAgent)
              ? "curl"
              : "Unknown browser";
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /Android/.test(userAgent)
      ? "Android"
      : /iPhone|iPad|iOS/.test(userAgent)
        ? "iOS"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return os ? `${browser} on ${os}` : browser;
}
