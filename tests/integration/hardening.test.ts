// Issue 11: quotas, the per-user action rate, archived items, control characters, server-side sessions,
// the demo seed in production and shared limit state. Each test failed on the code before the issue.
import { comeFrom, signInAs } from "../support/session";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { QUOTA_MESSAGES, QUOTAS } from "@/domain/quotas";
import { startOfDayIn } from "@/domain/calendar";
import { planToMarkdown } from "@/domain/plan/export";
import { changeNameAction, signOutEverywhereAction } from "@/server/account/actions";
import { buildAccountExport } from "@/server/account/export";
import { saveAssessmentAction } from "@/server/assessment/actions";
import { assessmentRow } from "@/server/assessment/rows";
import { liveSessionUser, MAX_LIVE_SESSIONS, revokeServerSession, startServerSession } from "@/server/auth/config";
import { addCustomItemAction, setItemStatusAction, updateItemNoteAction } from "@/server/plan/actions";
import { planToIcs, toExportPlan } from "@/server/plan/export";
import { findActivePlan } from "@/server/plan/queries";
import { createShareLinkAction } from "@/server/sharing/actions";
import { hashShareToken, newShareToken } from "@/server/sharing/tokens";
import { scoreAssessment } from "@/domain/assessment";
import { seedDemoAccount } from "../../scripts/db/seed";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf, ENGINEER, userWithPlan } from "../support/fixtures";

// next-auth's signIn/signOut need a real request; everything else in the module is the real code.
vi.mock("@/server/auth/config", async (original) => ({
  ...(await original<typeof import("@/server/auth/config")>()),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
}));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Every C0 control character except tab and newline, and DEL. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/;

describe(`quotas and limits on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
    comeFrom(`192.0.2.${Math.floor(Math.random() * 250)}`);
  });

  it(`refuses a step of the user's own beyond ${QUOTAS.customItemsPerPlan} in a plan, with a message, writing nothing`, async () => {
    const { plan } = await userWithPlan();
    await db.planItem.createMany({
      data: Array.from({ length: QUOTAS.customItemsPerPlan }, (_, i) => ({
        planId: plan.id,
        title: `Own ${i}`,
        category: "experience",
        phase: 3,
        position: 1000 + i,
        custom: true,
      })),
    });
    const before = await db.planItem.count();
    const refused = await addCustomItemAction({ title: "One too many", phase: 1 });
    expect(refused).toMatchObject({ ok: false, code: "QUOTA", message: QUOTA_MESSAGES.customItemsPerPlan });
    expect(await db.planItem.count()).toBe(before);
  });

  it(`refuses an assessment beyond ${QUOTAS.assessmentsPerDay} in a day, with a message`, async () => {
    const user = await createUser();
    signInAs(user);
    const row = assessmentRow(user.id, ENGINEER, scoreAssessment(ENGINEER));
    await db.assessment.createMany({ data: Array.from({ length: QUOTAS.assessmentsPerDay }, () => row) });
    expect(await saveAssessmentAction(ENGINEER)).toMatchObject({ ok: false, code: "QUOTA", message: QUOTA_MESSAGES.assessmentsPerDay });
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(QUOTAS.assessmentsPerDay);
  });

  it("counts the daily assessment quota from the user's own midnight, at UTC−8 and at UTC+13", async () => {
    for (const timeZone of ["America/Los_Angeles", "Pacific/Tongatapu"]) {
      const user = await createUser();
      await db.user.update({ where: { id: user.id }, data: { timeZone } });
      signInAs(user);
      const midnight = startOfDayIn(new Date(), timeZone).getTime();
      const row = assessmentRow(user.id, ENGINEER, scoreAssessment(ENGINEER));
      // A full quota's worth saved one minute before their midnight: yesterday, for them.
      await db.assessment.createMany({
        data: Array.from({ length: QUOTAS.assessmentsPerDay }, () => ({ ...row, createdAt: new Date(midnight - 60_000) })),
      });
      expect(await saveAssessmentAction(ENGINEER)).toMatchObject({ ok: true });
      // Moved to one minute after it: today, so the next save is refused.
      await db.assessment.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(midnight + 60_000) } });
      expect(await saveAssessmentAction(ENGINEER)).toMatchObject({ ok: false, code: "QUOTA", message: QUOTA_MESSAGES.assessmentsPerDay });
    }
  });

  it(`refuses a working share link beyond ${QUOTAS.liveShareLinks}, even in a parallel burst`, async () => {
    const { user, plan } = await userWithPlan();
    await db.shareLink.createMany({
      data: Array.from({ length: QUOTAS.liveShareLinks - 2 }, () => ({
        userId: user.id,
        planId: plan.id,
        tokenHash: hashShareToken(newShareToken()),
      })),
    });
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => createShareLinkAction(null, form({ label: "Mentor", expiresIn: "7" }))),
    );
    expect(burst.filter((r) => r.ok)).toHaveLength(2);
    for (const refused of burst.filter((r) => !r.ok)) expect(refused).toMatchObject({ message: expect.stringMatching(/20 working links/) });
    expect(await db.shareLink.count({ where: { userId: user.id } })).toBe(QUOTAS.liveShareLinks);
  });

  it("limits a signed-in user's actions to 120 a minute, with a message", async () => {
    const user = await createUser();
    signInAs(user);
    for (let i = 0; i < 120; i++) dataOf(await changeNameAction(null, form({ name: `Name ${i}` })));
    const refused = await changeNameAction(null, form({ name: "One too many" }));
    expect(refused).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      retryAfterSeconds: expect.any(Number),
      message: expect.stringMatching(/^You're making changes faster than we allow\. Please wait \d+ seconds? and try again\.$/),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Name 119");
  });

  it("refuses a write to an archived item, inside the guarded where", async () => {
    const { plan } = await userWithPlan();
    const item = plan.items[0]!;
    await db.planItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
    const before = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    const result = await setItemStatusAction({ itemId: item.id, status: "done", version: before.version });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "item_archived" });
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(before);
  });
});

describe(`control characters on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("are stripped from titles, details and notes, so the Markdown, calendar and JSON exports survive", async () => {
    const { user } = await userWithPlan();
    const added = dataOf(
      await addCustomItemAction({
        title: "Ship\r\nBEGIN:VEVENT\u0000\u001b[31m it",
        detail: "line one\r\nline two\rline three\u0007\tend",
        phase: 1,
      }),
    ).item;
    expect(added.title).toBe("Ship BEGIN:VEVENT[31m it");
    expect(added.detail).toBe("line one\nline two\nline three\tend");
    const noted = dataOf(await updateItemNoteAction({ itemId: added.id, note: "a\r\nb\u0000\u000b\u000c c", version: added.version })).item;
    expect(noted.note).toBe("a\nb c");
    await changeNameAction(null, form({ name: "Ada\u0000\nLovelace" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ada Lovelace");

    const plan = toExportPlan((await findActivePlan(user.id))!);
    const markdown = planToMarkdown(plan);
    expect(markdown).not.toMatch(CONTROLS);
    expect(markdown.split("\n").filter((line) => line.includes("BEGIN:VEVENT"))).toHaveLength(1);
    const ics = planToIcs(plan, new Date());
    expect(ics.match(/^BEGIN:VEVENT/gm)?.length).toBe(ics.match(/^END:VEVENT/gm)?.length);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(CONTROLS);
    const exported = JSON.stringify(await buildAccountExport(user.id, new Date()));
    expect(JSON.parse(exported)).toBeTruthy();
  });
});

describe(`server-side sessions on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("a signed-out session's token no longer counts; other sessions of the user do", async () => {
    const user = await createUser();
    const token = (sid: string) => ({ uid: user.id, sid, sv: user.sessionVersion });
    const kept = await startServerSession(user.id);
    const ended = await startServerSession(user.id);
    expect(await liveSessionUser(token(ended))).toMatchObject({ email: user.email });
    await revokeServerSession(ended);
    expect(await liveSessionUser(token(ended))).toBeNull();
    expect(await liveSessionUser(token(kept))).toMatchObject({ email: user.email });
    // A token without a session id (issued before sessions were stored) and another user's id count for nothing.
    expect(await liveSessionUser({ uid: user.id, sv: user.sessionVersion })).toBeNull();
    const other = await createUser();
    expect(await liveSessionUser({ uid: other.id, sid: kept, sv: other.sessionVersion })).toBeNull();
  });

  it(`keeps at most ${MAX_LIVE_SESSIONS} live sessions per account: one more sign-in ends the oldest`, async () => {
    const user = await createUser();
    const token = (sid: string) => ({ uid: user.id, sid, sv: user.sessionVersion });
    const first = await startServerSession(user.id, new Date(Date.now() - 60_000));
    for (let i = 0; i < MAX_LIVE_SESSIONS; i++) await startServerSession(user.id);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(MAX_LIVE_SESSIONS);
    expect(await liveSessionUser(token(first))).toBeNull();
  });

  it("sign out everywhere ends every session, and revokes share links only when asked", async () => {
    const { user, plan } = await userWithPlan();
    const sid = await startServerSession(user.id);
    await db.shareLink.create({ data: { userId: user.id, planId: plan.id, tokenHash: hashShareToken(newShareToken()) } });
    await signOutEverywhereAction(null, form({}));
    expect(await liveSessionUser({ uid: user.id, sid, sv: user.sessionVersion + 1 })).toBeNull();
    expect(await db.shareLink.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    await signOutEverywhereAction(null, form({ revokeShareLinks: "on" }));
    expect(await db.shareLink.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });
});

describe("the demo seed", () => {
  it("refuses to run in production, and creates nothing", async () => {
    await expect(seedDemoAccount(process.env.DATABASE_URL, "production")).rejects.toThrow(
      /Refusing to create the demo account while NODE_ENV=production/,
    );
    expect(await db.user.count({ where: { email: "demo@pmpathfinder.dev" } })).toBe(0);
  });
});
