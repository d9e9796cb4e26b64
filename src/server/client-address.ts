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

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1", "::ffff:1.2.3.4", "fe80::1%eth0"), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.split("%")[0]!;
  const embedded = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(2).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((n) => n > 255)) return null;
    text = `${embedded[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parts = (half: string) => (half === "" ? [] : half.split(":"));
  const head = parts(halves[0]!);
  const tail = halves.length === 2 ? parts(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}

/**
 * The key rate limits count a client under. An IPv4 address is one client; IPv6 hands a single subscriber a
 * whole /64 (and often more), so the limits group IPv6 by its /64 prefix: rotating through the 2^64
 * addresses of one's own network buys nothing. An IPv4-mapped IPv6 address counts as the IPv4 address.
 */
export function limitKeyOfAddress(address: string): string {
  const groups = address.includes(":") ? ipv6Groups(address) : null;
  if (!groups) return address;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}
