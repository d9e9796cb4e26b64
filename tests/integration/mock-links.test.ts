// Issue 23 §4–5, mocks with a partner: a confirmed address to create a link, one practice session per question,
// a hashed token, one score set per question, the per-address limit, revoking and expiry, and where the
// scores land (the practice log, the evidence panel and the "differ by 2 or more" note).
import { beforeEach, describe, expect, it } from "vitest";
import { comeFrom, signInAs } from "../support/session";
import { ALREADY_SCORED_MESSAGE, MOCK_LINK_HOURS } from "@/domain/interview";
import { dayIn } from "@/domain/time-zone";
import { buildAccountExport } from "@/server/account/export";
import { resetPassword } from "@/server/auth/email-links";
import { newEmailToken } from "@/server/mail/tokens";
import { createMockLinkAction, revokeMockLinkAction, scoreMockAction } from "@/server/interview/mock-actions";
import { findMockForPartner, listMockLinks } from "@/server/interview/queries";
import { listPractice } from "@/server/practice/queries";
import { evidenceSinceLastAssessment } from "@/server/workspace/evidence";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { seedPlan } from "../support/seed";

let addresses = 0;
/** Each test comes from its own address, so the per-address limit of one test never reaches another. */
function freshAddress(): void {
  comeFrom(`203.0.113.${++addresses}`);
}

async function confirmedOwner() {
  const owner = await createUser({ name: "Ada Lovelace" });
  await db.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: new Date(), timeZone: "Pacific/Kiritimati" } });
  signInAs(owner);
  return owner;
}

async function mockLink(questionIds: string[]) {
  const created = await createMockLinkAction({ questionIds, label: "Sam from the meetup" });
  if (!created.ok) expect.fail(created.message);
  return created.data;
}

describe(`mock links on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
    freshAddress();
  });

  it("needs a confirmed address to create one: FORBIDDEN, email_unconfirmed", async () => {
    const owner = await createUser({ confirmed: false });
    signInAs(owner);
    const refused = await createMockLinkAction({ questionIds: ["ps-01"] });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "email_unconfirmed" });
    expect(await db.mockLink.count()).toBe(0);
  });

  it("takes one question or three, each once, from the bank", async () => {
    await confirmedOwner();
    for (const questionIds of [[], ["ps-01", "ps-02"], ["ps-01", "ps-01", "ps-02"], ["no-such-question"]]) {
      const refused = await createMockLinkAction({ questionIds });
      expect(refused.ok, JSON.stringify(questionIds)).toBe(false);
    }
  });

  it("logs a peer practice session per question, held today in the owner's zone, and stores only the token's hash", async () => {
    const owner = await confirmedOwner();
    const before = new Date();
    const { id, token } = await mockLink(["bh-co-1", "bh-co-2", "bh-co-3"]);
    const row = await db.mockLink.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(MOCK_LINK_HOURS * 3_600_000);
    const sessions = await listPractice(owner.id);
    expect(sessions.map((s) => s.questionId).sort()).toEqual(["bh-co-1", "bh-co-2", "bh-co-3"]);
    const today = dayIn(before, "Pacific/Kiritimati");
    for (const s of sessions) expect(s).toMatchObject({ type: "behavioural", withWhom: "peer", heldOn: today, scores: {} });
    expect((await listMockLinks(owner.id, new Date()))[0]).toMatchObject({ status: "active", label: "Sam from the meetup" });
  });

  it("lets the partner score each question once, beside the self-score, and never shows them the self-score", async () => {
    const owner = await confirmedOwner();
    const { token } = await mockLink(["ex-02"]);
    // The owner self-scores the session the link logged.
    const [session] = await listPractice(owner.id);
    await db.practiceScore.createMany({
      data: [
        { sessionId: session!.id, area: "execution", score: 4 },
        { sessionId: session!.id, area: "data", score: 4 },
      ],
    });
    signInAs(null);
    const view = await findMockForPartner(token, new Date());
    expect(view?.ownerFirstName).toBe("Ada");
    expect(JSON.stringify(view)).not.toMatch(/"score"|sessionId|userId/);
    const scored = await scoreMockAction({
      token,
      questionId: "ex-02",
      scores: { execution: 2, data: 3 },
      partnerName: "Sam",
      note: "Rushed the metrics",
    });
    expect(scored.ok).toBe(true);
    const again = await scoreMockAction({ token, questionId: "ex-02", scores: { execution: 5 } });
    expect(again).toMatchObject({ ok: false, message: ALREADY_SCORED_MESSAGE });
    expect((await findMockForPartner(token, new Date()))?.questions[0]?.scored).toBe(true);
    const [logged] = await listPractice(owner.id);
    expect(logged).toMatchObject({ scores: { execution: 4, data: 4 }, mock: { partnerName: "Sam", scores: { execution: 2, data: 3 } } });
  });

  it("refuses scores on areas the question does not test, and a question not in the link", async () => {
    await confirmedOwner();
    const { token } = await mockLink(["te-01"]);
    signInAs(null);
    expect((await scoreMockAction({ token, questionId: "te-01", scores: { leadership: 3 } })).ok).toBe(false);
    expect((await scoreMockAction({ token, questionId: "te-02", scores: { technical: 3 } })).ok).toBe(false);
    expect(await db.partnerScore.count()).toBe(0);
  });

  it("limits partner scores per client address: 10 an hour", async () => {
    await confirmedOwner();
    const { token } = await mockLink(["ps-01"]);
    signInAs(null);
    // The limiter counts attempts, so ten "already scored" tries use it up too.
    for (let i = 0; i < 10; i++) await scoreMockAction({ token, questionId: "ps-01", scores: { strategy: 3 } });
    const limited = await scoreMockAction({ token, questionId: "ps-01", scores: { strategy: 3 } });
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
  });

  it("closes a revoked link and an expired one (168 hours after creation), which look the same as an unknown one", async () => {
    const owner = await confirmedOwner();
    const revoked = await mockLink(["ps-01"]);
    const expiring = await mockLink(["ps-02"]);
    expect((await revokeMockLinkAction({ linkId: revoked.id })).ok).toBe(true);
    const created = (await db.mockLink.findUniqueOrThrow({ where: { id: expiring.id } })).createdAt;
    const justBefore = new Date(created.getTime() + MOCK_LINK_HOURS * 3_600_000 - 1);
    const atExpiry = new Date(created.getTime() + MOCK_LINK_HOURS * 3_600_000);
    expect(await findMockForPartner(expiring.token, justBefore)).not.toBeNull();
    expect(await findMockForPartner(expiring.token, atExpiry)).toBeNull();
    expect(await findMockForPartner(revoked.token, new Date())).toBeNull();
    expect(await findMockForPartner("A".repeat(43), new Date())).toBeNull();
    signInAs(null);
    const gone = await scoreMockAction({ token: revoked.token, questionId: "ps-01", scores: { strategy: 3 } });
    expect(gone).toMatchObject({ ok: false, message: expect.stringMatching(/doesn't work any more/) });
    // Another user cannot revoke it.
    const other = await createUser();
    signInAs(other);
    expect((await revokeMockLinkAction({ linkId: expiring.id })).ok).toBe(false);
    expect((await listMockLinks(owner.id, new Date())).map((l) => l.status).sort()).toEqual(["active", "revoked"]);
  });

  it("puts partner scores in the evidence panel and says when they differ by 2 or more over two mocks", async () => {
    const owner = await confirmedOwner();
    await seedPlan(db, owner.id); // an assessment: evidence counts from it
    const first = await mockLink(["ex-01"]);
    const second = await mockLink(["ex-03"]);
    const sessions = await listPractice(owner.id);
    for (const s of sessions) await db.practiceScore.create({ data: { sessionId: s.id, area: "execution", score: 5 } });
    signInAs(null);
    for (const [token, questionId] of [
      [first.token, "ex-01"],
      [second.token, "ex-03"],
    ] as const) {
      const done = await scoreMockAction({ token, questionId, scores: { execution: 2 }, partnerName: "Sam" });
      if (!done.ok) expect.fail(done.message);
    }
    const { byArea } = await evidenceSinceLastAssessment(owner.id);
    expect(byArea.execution.filter((e) => e.kind === "partner")).toHaveLength(2);
    expect(byArea.execution).toContainEqual({ kind: "mock_gap", direction: "lower", mocks: 2 });
    expect(byArea.data.some((e) => e.kind === "mock_gap")).toBe(false);
  });

  it("exports mock links and partner scores, never the token hash", async () => {
    const owner = await confirmedOwner();
    const { token } = await mockLink(["an-01"]);
    signInAs(null);
    await scoreMockAction({ token, questionId: "an-01", scores: { data: 3 }, partnerName: "Sam" });
    const exported = await buildAccountExport(owner.id, new Date());
    expect(exported?.mockLinks).toHaveLength(1);
    expect(exported?.practice[0]).toMatchObject({
      questionId: "an-01",
      mock: { partnerName: "Sam", scores: [{ area: "data", score: 3 }] },
    });
    expect(JSON.stringify(exported)).not.toMatch(/tokenHash/);
  });

  it("revokes the owner's mock links on a password reset", async () => {
    const owner = await confirmedOwner();
    const { token } = await mockLink(["ps-03"]);
    const reset = newEmailToken();
    await db.emailToken.create({
      data: {
        userId: owner.id,
        purpose: "password-reset",
        tokenHash: reset.tokenHash,
        email: owner.email,
        expiresAt: new Date(Date.now() + 600_000),
      },
    });
    await resetPassword(reset.token, "a brand new long passphrase");
    expect(await findMockForPartner(token, new Date())).toBeNull();
    expect((await listMockLinks(owner.id, new Date()))[0]?.status).toBe("revoked");
  });
});
