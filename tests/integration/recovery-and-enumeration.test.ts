// Issue 21, security: recovery really recovers (H1, H2, W1), answers don't tell taken addresses from free
// ones (W2), and a stranger can't use up the owner's reset requests (W3). Links are read from the outbox,
// as the mail worker would send them. docs/decisions/0023-recovery-and-enumeration.md.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { comeFrom, signInAs } from "../support/session";

vi.hoisted(() => {
  process.env.APP_URL = "https://pathfinder.example.test";
});
// next-auth needs a real request; the actions only use it to start or end a session, which is recorded.
const auth = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined), signIn: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/config", () => auth);
// The client's address as scripts/serve.ts hands it on (tests/support/session.ts): the app groups it itself.
const client = {
  set address(value: string) {
    this.current = value;
    comeFrom(value);
  },
  get address(): string {
    return this.current;
  },
  current: "203.0.113.7",
};

import { checkYourInboxMessage } from "@/domain/account/notices";
import { changeEmailAction, changePasswordAction, signOutEverywhereAction } from "@/server/account/actions";
import { EMAIL_UNCONFIRMED_REASON } from "@/server/account/confirmed-email";
import { signUpAction } from "@/server/auth/actions";
import { cancelEmailChange, confirmEmail, resetPassword } from "@/server/auth/email-links";
import { limiters } from "@/server/auth/limits";
import { requestPasswordResetAction, resetPasswordAction } from "@/server/auth/recovery-actions";
import { createShareLinkAction } from "@/server/sharing/actions";
import { findSharedPlan } from "@/server/sharing/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { seedPlan } from "../support/seed";

const NEW_PASSWORD = "violet kettle under moonlight";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The token of the newest `path` link mailed to `to`. */
async function mailedToken(to: string, path: string): Promise<string> {
  const messages = await db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "desc" } });
  for (const message of messages) {
    const link = new RegExp(`https://pathfinder\\.example\\.test${path}\\?token=([\\w-]+)`).exec(message.text);
    if (link) return link[1]!;
  }
  return expect.fail(`no ${path} link mailed to ${to}`);
}

/** The attacker's step: while they have access, they ask to move the account to their own address. */
async function pendingChangeTo(user: { id: string; name: string; email: string; password: string }, address: string) {
  signInAs(user);
  expect(await changeEmailAction(null, form({ email: address, currentPassword: user.password }))).toMatchObject({ ok: true });
  return mailedToken(address, "/verify-email");
}

let addressCount = 0;
/** A client network of its own for each test: limits are per client (and the SQLite run keeps them in memory). */
function freshClient(): string {
  addressCount += 1;
  return `198.51.100.${addressCount}`;
}

describe(`recovery and enumeration on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
    client.address = freshClient();
    auth.signIn.mockClear();
  });

  describe("H1: recovery ends a pending email change", () => {
    it("a reset voids the change link someone asked for before it", async () => {
      const victim = await createUser();
      const changeLink = await pendingChangeTo(victim, "attacker@evil.test");
      signInAs(null);
      await requestPasswordResetAction(null, form({ email: victim.email }));
      await resetPassword(await mailedToken(victim.email, "/reset-password"), NEW_PASSWORD);

      expect(await confirmEmail(changeLink)).toBe("invalid");
      expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).email).toBe(victim.email);
    });

    it("a password change voids it, and so does sign-out-everywhere", async () => {
      const victim = await createUser();
      const first = await pendingChangeTo(victim, "attacker@evil.test");
      await expect(changePasswordAction(null, form({ currentPassword: victim.password, newPassword: NEW_PASSWORD }))).rejects.toMatchObject(
        { digest: expect.stringContaining("/settings") },
      );
      expect(await confirmEmail(first)).toBe("invalid");

      const again = { ...victim, password: NEW_PASSWORD };
      await limiters().verificationByAccount.reset(victim.id);
      const second = await pendingChangeTo(again, "attacker@evil.test");
      await signOutEverywhereAction(null, form({}));
      expect(await confirmEmail(second)).toBe("invalid");
      expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).email).toBe(victim.email);
    });

    it("tells the current address, whose link stops the change", async () => {
      const owner = await createUser({ name: "Olu Owner" });
      const changeLink = await pendingChangeTo(owner, "someone@else.test");
      const notice = await db.outboxMessage.findFirstOrThrow({ where: { to: owner.email, kind: "email-change-requested" } });
      expect(notice.text).toContain("someone@else.test");
      const cancel = await mailedToken(owner.email, "/cancel-email-change");

      expect(await cancelEmailChange(cancel)).toBe("cancelled");
      expect(await cancelEmailChange(cancel)).toBe("invalid");
      expect(await confirmEmail(changeLink)).toBe("invalid");
      expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe(owner.email);
    });
  });

  it("W1: a reset link asked for before a settings password change no longer works after it", async () => {
    const user = await createUser();
    signInAs(null);
    await requestPasswordResetAction(null, form({ email: user.email }));
    const resetLink = await mailedToken(user.email, "/reset-password");
    signInAs(user);
    await expect(changePasswordAction(null, form({ currentPassword: user.password, newPassword: NEW_PASSWORD }))).rejects.toMatchObject({
      digest: expect.stringContaining("/settings"),
    });
    signInAs(null);
    const late = await resetPasswordAction(null, form({ token: resetLink, newPassword: "another fine passphrase" }));
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/expired or has already been used/) });
  });

  describe("H2: what someone set up on an address they don't own doesn't outlive the owner's reset", () => {
    it("an unconfirmed account can make no share link and change no address: FORBIDDEN, email_unconfirmed", async () => {
      const squatter = await createUser({ confirmed: false });
      await seedPlan(db, squatter.id);
      signInAs(squatter);
      const link = await createShareLinkAction(null, form({ label: "Mine", expiresIn: "never", includeApplications: "on" }));
      expect(link).toMatchObject({ ok: false, code: "FORBIDDEN", reason: EMAIL_UNCONFIRMED_REASON });
      const moved = await changeEmailAction(null, form({ email: "elsewhere@evil.test", currentPassword: squatter.password }));
      expect(moved).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "email_unconfirmed" });
      expect(await db.shareLink.count()).toBe(0);
      expect(await db.emailToken.count({ where: { purpose: "verify-email" } })).toBe(0);
    });

    it("a reset revokes every share link (mentor links are share links)", async () => {
      const user = await createUser();
      await seedPlan(db, user.id);
      signInAs(user);
      const link = await createShareLinkAction(null, form({ label: "Mentor", expiresIn: "never", includeStoryTitles: "on" }));
      if (!link.ok) expect.fail(link.message);
      expect(await findSharedPlan(link.data.token, new Date())).not.toBeNull();

      signInAs(null);
      await requestPasswordResetAction(null, form({ email: user.email }));
      await resetPassword(await mailedToken(user.email, "/reset-password"), NEW_PASSWORD);
      expect(await findSharedPlan(link.data.token, new Date())).toBeNull();
      expect(await db.shareLink.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    });
  });

  describe("W2: enumeration", () => {
    it("sign-up with a taken address says 'check your inbox', creates nothing, and mails the owner", async () => {
      const owner = await createUser({ name: "Tani Taken" });
      signInAs(null);
      const fields = { name: "Someone", email: owner.email, password: "lantern orchard velvet 42" };
      const answer = await signUpAction(null, form(fields));
      expect(answer).toEqual({ ok: true, data: { message: checkYourInboxMessage(owner.email) } });
      expect(JSON.stringify(answer)).not.toMatch(/exists|already|taken/i);
      expect(auth.signIn).not.toHaveBeenCalled();
      expect(await db.user.count()).toBe(1);
      const notices = await db.outboxMessage.findMany({ where: { to: owner.email, kind: "address-in-use" } });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toMatch(/tried to create a PM Pathfinder account with this address/);

      // Repeats answer the same, but the owner's inbox gets at most 3 notices an hour.
      for (let i = 0; i < 4; i++) expect(await signUpAction(null, form(fields))).toEqual(answer);
      expect(await db.outboxMessage.count({ where: { to: owner.email, kind: "address-in-use" } })).toBe(3);
    });

    it("an email change answers taken and free addresses alike, and counts the limit before looking", async () => {
      const taken = await createUser({ name: "Tomas Taken" });
      const prober = await createUser();
      signInAs(prober);
      const ask = (email: string) => changeEmailAction(null, form({ email, currentPassword: prober.password }));
      // The seconds to wait tick on between calls; what must not differ is everything else.
      const answerFor = (result: Awaited<ReturnType<typeof ask>>, email: string) =>
        JSON.stringify({ ...result, retryAfterSeconds: undefined }).replaceAll(email, "<address>");

      expect(answerFor(await ask(taken.email), taken.email)).toBe(answerFor(await ask("free-1@example.test"), "free-1@example.test"));
      // Nothing was changed or sent for the taken address except the owner's notice.
      expect(await db.emailToken.count({ where: { email: taken.email } })).toBe(0);
      expect(await db.outboxMessage.count({ where: { to: taken.email, kind: "address-in-use" } })).toBe(1);

      // Probing past the limit: 80 more tries get the same answers for taken and free addresses.
      const toTaken = new Set<string>();
      const toFree = new Set<string>();
      for (let i = 0; i < 40; i++) {
        toTaken.add(answerFor(await ask(taken.email), taken.email));
        toFree.add(answerFor(await ask(`free-${i + 2}@example.test`), `free-${i + 2}@example.test`));
      }
      expect(toTaken).toEqual(toFree);
      expect([...toFree].some((answer) => /Too many attempts/.test(answer))).toBe(true);
      expect(await db.emailToken.count({ where: { userId: prober.id, purpose: "verify-email" } })).toBeLessThanOrEqual(5);
    });
  });

  describe("W3: reset requests are counted per address and client, with a higher cap per address", () => {
    it("a stranger spending their 3 an hour leaves the owner theirs; a refused request sends no mail", async () => {
      const owner = await createUser();
      signInAs(null);
      const ownerClient = client.address;
      client.address = "2001:db8:bad:1::1";
      for (let i = 0; i < 3; i++) expect((await requestPasswordResetAction(null, form({ email: owner.email }))).ok).toBe(true);
      // Another address inside the same /64 is the same client.
      client.address = "2001:db8:bad:1:ffff::2";
      expect(await requestPasswordResetAction(null, form({ email: owner.email }))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/Too many attempts/),
      });
      expect(await db.outboxMessage.count({ where: { to: owner.email } })).toBe(3);

      client.address = ownerClient;
      expect((await requestPasswordResetAction(null, form({ email: owner.email }))).ok).toBe(true);
      expect(await db.outboxMessage.count({ where: { to: owner.email } })).toBe(4);
    });

    it("all clients together get 10 an hour for one address", async () => {
      const target = `capped-${Date.now()}@example.test`;
      signInAs(null);
      const outcomes: boolean[] = [];
      for (let network = 0; network < 5; network++) {
        client.address = `2001:db8:${network + 10}::1`;
        for (let i = 0; i < 3; i++) outcomes.push((await requestPasswordResetAction(null, form({ email: target }))).ok);
      }
      expect(outcomes.filter(Boolean)).toHaveLength(10);
      expect(await db.outboxMessage.count({ where: { to: target } })).toBe(10);
    });
  });
});
