import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";
import { landingNoticePath } from "@/domain/account/notices";
import { changeEmailAction, changeNameAction, changePasswordAction, signOutEverywhereAction } from "@/server/account/actions";
import { buildAccountExport } from "@/server/account/export";
import { verifyPassword } from "@/server/auth/password";
import { createShareLinkAction } from "@/server/sharing/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { seedPlan } from "../support/seed";

// next-auth needs a real request; the actions only use it to start or end the session, which is recorded.
const auth = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined), signIn: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/config", () => auth);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const NEW_PASSWORD = "quiet harbour lantern 73";

describe(`account settings on ${testDbProvider}`, () => {
  beforeEach(async () => {
    auth.signIn.mockClear();
    auth.signOut.mockClear();
    await resetDatabase();
  });

  it("renames, and refuses an empty name with a field error", async () => {
    const user = await createUser();
    signInAs(user);
    expect(await changeNameAction(null, form({ name: "  Grace Hopper " }))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Grace Hopper");
    expect(await changeNameAction(null, form({ name: " " }))).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
  });

  it("asks to confirm a new email only with the current password, and never for one that is taken (answered alike)", async () => {
    const user = await createUser();
    const other = await createUser();
    signInAs(user);
    const wrong = await changeEmailAction(null, form({ email: "new@example.test", currentPassword: "nope" }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["That isn't your current password"] } });
    const taken = await changeEmailAction(null, form({ email: other.email.toUpperCase(), currentPassword: user.password }));
    // The same answer as for a free address; no link goes to it (its owner gets a notice instead).
    expect(taken).toEqual({
      ok: true,
      data: { message: `We've sent a link to ${other.email}. Your email stays ${user.email} until you open it.` },
    });
    expect(await db.emailToken.count({ where: { email: other.email } })).toBe(0);
    const done = await changeEmailAction(null, form({ email: " New@Example.TEST ", currentPassword: user.password }));
    expect(done.ok).toBe(true);
    // The change waits for the new address to be confirmed (tests/integration/mail-accounts.test.ts).
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await db.emailToken.count({ where: { userId: user.id, purpose: "verify-email", email: "new@example.test" } })).toBe(1);
  });

  it("changes the password under the sign-up policy, ends other sessions and signs this one in again", async () => {
    const user = await createUser();
    signInAs(user);
    const weak = await changePasswordAction(null, form({ currentPassword: user.password, newPassword: "password1234" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });
    const short = await changePasswordAction(null, form({ currentPassword: user.password, newPassword: "short" }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: ["Use at least 12 characters"] } });
    const wrong = await changePasswordAction(null, form({ currentPassword: "not it", newPassword: NEW_PASSWORD }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(auth.signIn).not.toHaveBeenCalled();

    // Success ends in a redirect back to settings, so the page renders with the new session cookie.
    await expect(changePasswordAction(null, form({ currentPassword: user.password, newPassword: NEW_PASSWORD }))).rejects.toMatchObject({
      digest: expect.stringContaining("/settings?notice=password-changed"),
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, user.password)).toBe(false);
    expect(auth.signIn).toHaveBeenCalledWith("credentials", { email: user.email, password: NEW_PASSWORD, redirect: false });
  });

  it("signs out everywhere by bumping the session version", async () => {
    const user = await createUser();
    signInAs(user);
    await signOutEverywhereAction(null, form({}));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
    expect(auth.signOut).toHaveBeenCalledWith({ redirectTo: landingNoticePath("signed-out-everywhere") });
  });

  it("exports the user's data without password or token hashes, and nobody else's", async () => {
    const user = await createUser({ name: "Export Me" });
    const other = await createUser({ name: "Not Me" });
    await seedPlan(db, user.id);
    await seedPlan(db, other.id);
    await db.signInEvent.create({ data: { userId: user.id, userAgent: "Safari on macOS" } });
    signInAs(user);
    await createShareLinkAction(null, form({ label: "Mentor", expiresIn: "7" }));

    const data = await buildAccountExport(user.id, new Date());
    expect(data?.profile).toMatchObject({ email: user.email, name: "Export Me" });
    expect(data?.assessments).toHaveLength(1);
    expect(data?.plans[0]?.items.length).toBeGreaterThan(10);
    expect(data?.shareLinks).toHaveLength(1);
    expect(data?.signIns).toEqual([expect.objectContaining({ userAgent: "Safari on macOS" })]);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/passwordHash|tokenHash|sessionVersion/);
    expect(json).not.toContain(user.passwordHash);
    expect(json).not.toContain(other.id);
  });
});
