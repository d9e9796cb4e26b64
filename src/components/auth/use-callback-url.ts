"use client";

import { useEffect, useState } from "react";

/**
 * Where to go after signing in or up. The per-request page passes it in; the prerendered page cannot (it is
 * one file for every URL), and a client-side navigation may show it for /sign-up?callbackUrl=… when the
 * router reuses the prerendered payload, so the browser's own address fills it in after mount. The server
 * action checks it either way (safeCallbackPath).
 */
export function useCallbackUrl(given: string | undefined): string | undefined {
  const [fromAddress, setFromAddress] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (given) return;
    const value = new URLSearchParams(window.location.search).get("callbackUrl");
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is only readable after mount
    if (value) setFromAddress(value);
  }, [given]);
  return given ?? fromAddress;
}
