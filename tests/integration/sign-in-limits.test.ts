// Issue 11, hole 4: the lockout could be used as a weapon, and a parallel burst of guesses slipped past it.
// Guesses are now counted before the password is checked, atomically, per account and address.
import { beforeEach, describe, expect, it } from "vitest";
import { AccountLockedSignIn, authorize, MAX_SIGN_IN_EVENTS } from "@/server/auth/config";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";

function from(address: string): Request {
  return new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { [CLIENT_ADDRESS_HEADER]: address, "user-agent": "Firefox on Linux" },
  });
}

/** null for a wrong password, the user for a right one, "limited" when the guess was not even checked. */
async function attempt(email: string, password: string, address: string) {
  try {
    return await authorize({ email, password }, from(address));
  } catch (error) {
    if (error instanceof AccountLockedSignIn) return "limited" as const;
    throw error;
  }
}

describe(`sign-in limits on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("the owner still signs in from their own address while 150 guesses hammer their account", async () => {
    const owner = await createUser({ password: "owner's own long passphrase" });
    const outcomes = [];
    for (let i = 0; i < 150; i++) outcomes.push(await attempt(owner.email, `guess number ${i}`, "203.0.113.66"));
    expect(outcomes.filter((o) => o === null).length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === "limited").length).toBeGreaterThanOrEqual(145);
    const signedIn = await attempt(owner.email, owner.password, "198.51.100.7");
    expect(signedIn).toMatchObject({ id: owner.id, email: owner.email });
  });

  it("counts a parallel burst of guesses: of 30 at once, at most 5 reach the password check", async () => {
    const owner = await createUser();
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(owner.email, `parallel guess ${i}`, "203.0.113.67")));
    expect(outcomes.filter((o) => o === null)).toHaveLength(5);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(25);
    // The right password from the attacking address waits too: the wait is the attacker's, not a lock.
    expect(await attempt(owner.email, owner.password, "203.0.113.67")).toBe("limited");
  });

  it(`keeps the newest ${MAX_SIGN_IN_EVENTS} sign-ins of an account, no more`, async () => {
    const owner = await createUser();
    await db.signInEvent.createMany({
      data: Array.from({ length: MAX_SIGN_IN_EVENTS + 20 }, () => ({ userId: owner.id, userAgent: "curl" })),
    });
    expect(await attempt(owner.email, owner.password, "198.51.100.9")).toMatchObject({ id: owner.id });
    expect(await db.signInEvent.count({ where: { userId: owner.id } })).toBe(MAX_SIGN_IN_EVENTS);
  });

  it("an unknown email is counted like a known one (no hint which accounts exist)", async () => {
    const outcomes = [];
    for (let i = 0; i < 8; i++) outcomes.push(await attempt("nobody@example.test", `guess ${i}`, "203.0.113.68"));
    expect(outcomes).toEqual([null, null, null, null, null, "limited", "limited", "limited"]);
  });
});
