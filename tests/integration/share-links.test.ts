import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { createHash } from "node:crypto";
import { createShareLinkAction, revokeShareLinkAction } from "@/server/sharing/actions";
import { findSharedPlan, listShareLinks } from "@/server/sharing/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { seedPlan } from "../support/seed";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function createLink(fields: Record<string, string> = { label: "Mentor", expiresIn: "30" }) {
  const result = await createShareLinkAction(null, form(fields));
  if (!result.ok) throw new Error(`createShareLinkAction failed: ${result.message}`);
  return result.data;
}

describe(`share links on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("stores only the SHA-256 of a 256-bit token and shows the plan with the owner's first name only", async () => {
    const owner = await createUser({ name: "Ada King Lovelace" });
    const { titles } = await seedPlan(db, owner.id);
    signInAs(owner);
    const { id, token } = await createLink();

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    const shared = await findSharedPlan(token, new Date());
    expect(shared?.ownerFirstName).toBe("Ada");
    expect(shared?.items.map((i) => i.title)).toEqual(titles);
    expect(shared?.items[0]).not.toHaveProperty("why");
    const visible = JSON.stringify(shared);
    for (const secret of [owner.email, "Lovelace", owner.id, row.tokenHash]) expect(visible).not.toContain(secret);
  });

  it("lists each owner's links only, newest first, without token hashes", async () => {
    const a = await createUser();
    const b = await createUser();
    await seedPlan(db, a.id);
    await seedPlan(db, b.id);
    signInAs(a);
    await createLink({ label: "First", expiresIn: "7" });
    await createLink({ label: "Second", expiresIn: "never" });
    signInAs(b);
    await createLink({ label: "B's", expiresIn: "90" });

    const listA = await listShareLinks(a.id, new Date());
    expect(listA.map((l) => l.label)).toEqual(["Second", "First"]);
    expect(listA.map((l) => l.status)).toEqual(["active", "active"]);
    expect(listA[0]!.expiresAt).toBeNull();
    expect(JSON.stringify(listA)).not.toMatch(/tokenHash/);
    expect((await listShareLinks(b.id, new Date())).map((l) => l.label)).toEqual(["B's"]);
  });

  it("lets only the owner revoke a link; someone else's link looks exactly like a missing one", async () => {
    const a = await createUser();
    const b = await createUser();
    await seedPlan(db, a.id);
    signInAs(a);
    const { id, token } = await createLink();

    signInAs(b);
    const foreign = await revokeShareLinkAction(null, form({ linkId: id }));
    const missing = await revokeShareLinkAction(null, form({ linkId: "no-such-link" }));
    expect(foreign).toEqual(missing);
    expect(foreign.ok).toBe(false);
    expect(await findSharedPlan(token, new Date())).not.toBeNull();

    signInAs(a);
    expect(await revokeShareLinkAction(null, form({ linkId: id }))).toEqual({ ok: true, data: { linkId: id } });
    // Revoking again is harmless.
    expect((await revokeShareLinkAction(null, form({ linkId: id }))).ok).toBe(true);
    expect((await listShareLinks(a.id, new Date()))[0]!.status).toBe("revoked");
  });

  it("gives the same null for revoked, expired, unknown and malformed tokens", async () => {
    const owner = await createUser();
    await seedPlan(db, owner.id);
    signInAs(owner);
    const revoked = await createLink();
    await revokeShareLinkAction(null, form({ linkId: revoked.id }));
    const expired = await createLink({ label: "Old", expiresIn: "7" });
    await db.shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const stillOk = await createLink({ label: "Fine", expiresIn: "7" });

    const now = new Date();
    const lookups = await Promise.all(
      [revoked.token, expired.token, "A".repeat(43), "short", `${stillOk.token}x`].map((t) => findSharedPlan(t, now)),
    );
    expect(lookups).toEqual([null, null, null, null, null]);
    expect(await findSharedPlan(stillOk.token, now)).not.toBeNull();
    // A link past its expiry is refused even before anyone marks it.
    expect(await findSharedPlan(stillOk.token, new Date(now.getTime() + 8 * 86_400_000))).toBeNull();
  });

  it("refuses to share without a plan, and validates the lifetime", async () => {
    const user = await createUser();
    signInAs(user);
    const noPlan = await createShareLinkAction(null, form({ expiresIn: "30" }));
    expect(noPlan).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await seedPlan(db, user.id);
    const bad = await createShareLinkAction(null, form({ expiresIn: "forever" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { expiresIn: [expect.any(String)] } });
    expect(await db.shareLink.count()).toBe(0);
  });

  it("needs a signed-in user", async () => {
    signInAs(null);
    const result = await createShareLinkAction(null, form({ expiresIn: "30" }));
    expect(result.ok).toBe(false);
    expect(await db.shareLink.count()).toBe(0);
  });
});
