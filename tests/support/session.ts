// Integration tests call server actions directly. The action helper asks next-auth for the signed-in
// user, which needs a real request; tests instead say who is signed in with `signInAs`. Only the session
// lookup is replaced — the database, validation and actions are the real ones.
import { vi } from "vitest";
import type { SessionUser } from "@/server/auth/session";

let current: SessionUser | null = null;
let address = "192.0.2.1";

// The client's address, as scripts/serve.ts would have put it on the request (see src/server/request.ts).
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-pathfinder-client-address": address }),
}));

/** The address the next actions come from (rate limits are keyed on it). */
export function comeFrom(clientAddress: string): void {
  address = clientAddress;
}

vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () => current,
  requireUser: async () => {
    if (!current) throw new Error("requireUser called without a signed-in test user");
    return current;
  },
}));

export function signInAs(user: { id: string; name: string; email: string } | null): void {
  current = user ? { id: user.id, name: user.name, email: user.email } : null;
}
