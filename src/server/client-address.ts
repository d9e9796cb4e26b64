// The client's address, decided once per request by the server in front of Next (scripts/serve.ts) and
// handed to route handlers and actions in CLIENT_ADDRESS_HEADER, which the server always overwrites.
// No "server-only": scripts/serve.ts imports it. See docs/decisions/0019-client-address-and-serving.md.

/** Set by scripts/serve.ts on every request; whatever a client sends under this name is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-pathfinder-client-address";

/** Used when no address could be established (e.g. `next dev` run without scripts/serve.ts): one shared key. */
export const UNKNOWN_ADDRESS = "unknown";

/** "::ffff:203.0.113.9" (IPv4 mapped into IPv6) is 203.0.113.9; other values are kept as they are. */
function normalise(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

/**
 * With `trustedHops` = 0 the address is the socket's peer and X-Forwarded-For is ignored. With N proxies
 * of ours in front, each appending the address it saw, the client is the N-th entry from the right of
 * [...X-Forwarded-For, peer]: entries further left were written by the client and prove nothing.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((hop) => hop.trim())
    .filter(Boolean);
  const path = [...chain, ...(peer ? [peer] : [])];
  const chosen = path[path.length - 1 - trustedHops] ?? path[0];
  return chosen ? normalise(chosen) : UNKNOWN_ADDRESS;
}
