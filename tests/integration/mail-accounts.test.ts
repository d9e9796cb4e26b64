// Password reset, address confirmation and email change, end to end through the outbox, the real mail
// worker and a real SMTP listener: the links are read from the received messages.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";

vi.hoisted(() => {
  process.env.APP_URL = "https://pathfinder.example.test";
});
// next-auth needs a real request; the actions only use it to start or end a session, which is recorded.
const auth = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined), signIn: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/config", () => auth);
vi.mock("@/server/request", () => ({ clientIp: async () => "203.0.113.7", coarseUserAgent: () => "Test" }));

import { changeEmailAction } from "@/server/account/actions";
import { signUpAction } from "@/server/auth/actions";
import { confirmEmail, RESET_REQUESTED_MESSAGE } from "@/server/auth/email-links";
import { emailKey, limiters } from "@/server/auth/limits";
import { verifyPassword } from "@/server/auth/password";
import { requestPasswordResetAction, resendVerificationAction, resetPasswordAction } from "@/server/auth/recovery-actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { runMailWorker } from "../support/mail";
import { linksOf, startSmtpListener, type ReceivedMail, type SmtpListener } from "../support/smtp";

const NEW_PASSWORD = "violet kettle under moonlight";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function tokenFrom(mail: ReceivedMail, path: string): string {
  const link = linksOf(mail).find((l) => l.startsWith(`https://pathfinder.example.test${path}?token=`));
  if (!link) expect.fail(`no ${path} link in: ${mail.text}`);
  return new URL(link).searchParams.get("token")!;
}

const CLIENT_IP = "203.0.113.7";
// Addresses these tests send reset requests for more than once in a file; generated users' addresses are unique.
const FIXED_EMAILS = ["limit@example.test", "nobody-here@example.test"];

/**
 * Fresh limit counts for each test: the SQLite run keeps them in process memory across the file (the PostgreSQL
 * run's table is also emptied by resetDatabase). Per-account limits are keyed by new user ids, so start at zero.
 */
async function resetLimits() {
  const limits = limiters();
  await Promise.all([
    limits.authByIp.reset(CLIENT_IP),
    limits.passwordResetByIp.reset(CLIENT_IP),
    ...FIXED_EMAILS.flatMap((email) => [
      limits.passwordResetByEmail.reset(emailKey(email)),
      limits.passwordResetByEmailAndClient.reset(`${emailKey(email)}|${CLIENT_IP}`),
    ]),
  ]);
}

describe(`account email on ${testDbProvider}`, () => {
  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp.received.length = 0;
    auth.signIn.mockClear();
    await resetLimits();
  });

  it("resets a password with the emailed link: once, and not after 30 minutes", async () => {
    const user = await createUser();
    const other = await createUser();
    signInAs(null);
    expect(await requestPasswordResetAction(null, form({ email: user.email.toUpperCase() }))).toEqual({
      ok: true,
      data: { message: RESET_REQUESTED_MESSAGE },
    });
    await runMailWorker(smtp);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual([user.email]);
    const token = tokenFrom(mail!, "/reset-password");
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0); // stored hashed, never as sent
    // …and the sent copy in the outbox no longer holds the working link.
    expect((await db.outboxMessage.findFirstOrThrow({ where: { to: user.email } })).text).not.toContain(token);

    // The sign-up password policy applies.
    const weak = await resetPasswordAction(null, form({ token, newPassword: "password1234" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });

    await expect(resetPasswordAction(null, form({ token, newPassword: NEW_PASSWORD }))).rejects.toMatchObject({
      digest: expect.stringContaining("/dashboard"),
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, user.password)).toBe(false);
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1); // every other session has ended
    expect(auth.signIn).toHaveBeenCalledWith("credentials", { email: user.email, password: NEW_PASSWORD, redirect: false });
    // Nobody else was touched.
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).passwordHash).toBe(other.passwordHash);

    // The "password changed" notice.
    await runMailWorker(smtp);
    expect(smtp.received.map((m) => m.subject)).toContain("Your PM Pathfinder password was changed");

    // Reuse is refused, with the same answer as an unknown token.
    const reuse = await resetPasswordAction(null, form({ token, newPassword: "another fine passphrase" }));
    const unknown = await resetPasswordAction(null, form({ token: "A".repeat(43), newPassword: "another fine passphrase" }));
    expect(reuse).toMatchObject({ ok: false, message: expect.stringMatching(/expired or has already been used/) });
    expect(reuse).toEqual(unknown);

    // Expiry: a fresh link 31 minutes old no longer works.
    await resetLimits();
    await requestPasswordResetAction(null, form({ email: user.email }));
    smtp.received.length = 0;
    await runMailWorker(smtp);
    const fresh = tokenFrom(smtp.received[0]!, "/reset-password");
    await db.emailToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const expired = await resetPasswordAction(null, form({ token: fresh, newPassword: "another fine passphrase" }));
    expect(expired).toEqual(unknown);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(stored.passwordHash);
  });

  it("gives the same answer and does the same work for known and unknown addresses", async () => {
    const user = await createUser();
    const known = await requestPasswordResetAction(null, form({ email: user.email }));
    const unknown = await requestPasswordResetAction(null, form({ email: "nobody-here@example.test" }));
    expect(known).toEqual(unknown);
    // One stored message each, one transaction each: the code path does not branch on existence in shape.
    expect(await db.outboxMessage.count({ where: { to: user.email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: "nobody-here@example.test" } })).toBe(1);
    await runMailWorker(smtp);
    const toUnknown = smtp.received.find((m) => m.to.includes("nobody-here@example.test"))!;
    expect(toUnknown.text).toMatch(/no account uses it/);
    expect(linksOf(toUnknown).every((l) => l.startsWith("https://pathfinder.example.test/"))).toBe(true);
  });

  it("limits reset requests per email address and client, known or not", async () => {
    for (let i = 0; i < 3; i++) expect((await requestPasswordResetAction(null, form({ email: "limit@example.test" }))).ok).toBe(true);
    const fourth = await requestPasswordResetAction(null, form({ email: "limit@example.test" }));
    expect(fourth).toMatchObject({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(/Too many attempts/) });
    expect(await db.outboxMessage.count()).toBe(3);
    // The reset the other tests rely on really clears the count.
    await resetLimits();
    expect((await requestPasswordResetAction(null, form({ email: "limit@example.test" }))).ok).toBe(true);
    expect(await db.outboxMessage.count()).toBe(4);
  });

  it("sends a confirmation link after sign-up; the link confirms the address once", async () => {
    signInAs(null);
    await expect(
      signUpAction(
        null,
        form({ name: "Nia Park", email: "nia@example.test", password: "a long and lovely passphrase", weeklyDigest: "on" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/dashboard") });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nia@example.test" }, include: { mailSettings: true } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.mailSettings).toMatchObject({ weeklyDigest: true, reminders: true });
    await runMailWorker(smtp);
    expect(smtp.received).toHaveLength(1);
    const token = tokenFrom(smtp.received[0]!, "/verify-email");
    expect(await confirmEmail(token)).toBe("confirmed");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await confirmEmail(token)).toBe("invalid");

    signInAs(user);
    expect(await resendVerificationAction(null, form({}))).toMatchObject({
      ok: true,
      data: { message: expect.stringMatching(/already confirmed/) },
    });
  });

  it("changes the email only once the new address is confirmed, and tells the old one", async () => {
    const user = await createUser();
    signInAs(user);
    const asked = await changeEmailAction(null, form({ email: "moved@example.test", currentPassword: user.password }));
    expect(asked).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    await runMailWorker(smtp);
    const [confirmation] = smtp.received;
    expect(confirmation!.to).toEqual(["moved@example.test"]);
    const token = tokenFrom(confirmation!, "/verify-email");

    // A reset link sent to the old address before the change stops working after it.
    await requestPasswordResetAction(null, form({ email: user.email }));
    smtp.received.length = 0;
    await runMailWorker(smtp);
    const oldReset = tokenFrom(smtp.received[0]!, "/reset-password");

    expect(await confirmEmail(token)).toBe("changed");
    const moved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved).toMatchObject({ email: "moved@example.test" });
    expect(moved.emailVerifiedAt).not.toBeNull();
    smtp.received.length = 0;
    await runMailWorker(smtp);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ to: [user.email], subject: "Your PM Pathfinder email address was changed" });
    expect(smtp.received[0]!.text).toContain("moved@example.test");
    const stale = await resetPasswordAction(null, form({ token: oldReset, newPassword: NEW_PASSWORD }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
  });

  it("refuses to confirm an address another account took meanwhile", async () => {
    const user = await createUser();
    signInAs(user);
    await changeEmailAction(null, form({ email: "wanted@example.test", currentPassword: user.password }));
    await runMailWorker(smtp);
    const token = tokenFrom(smtp.received[0]!, "/verify-email");
    await createUser({ email: "wanted@example.test" });
    expect(await confirmEmail(token)).toBe("taken");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
