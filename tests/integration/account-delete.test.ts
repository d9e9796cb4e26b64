import { existsSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";
import { landingNoticePath } from "@/domain/account/notices";
import { DELETE_CONFIRMATION } from "@/domain/account/schemas";
import { deleteAccountAction } from "@/server/account/actions";
import { emailKey, guessKey } from "@/server/auth/limits";
import { Prisma } from "@/server/db";
import { sqliteFilePath } from "@/server/db-url";
import { createShareLinkAction } from "@/server/sharing/actions";
import { rateSharedPlanAction } from "@/server/sharing/mentor-actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { seedPlan } from "../support/seed";
import { seedWorkspace } from "../support/workspace";

// next-auth needs a real request; the actions only use it to end the session, which is recorded instead.
const auth = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined), signIn: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/config", () => auth);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The address of each account the tests made, still known once the account is gone. */
const emails = new Map<string, string>();
const emailOf = (userId: string) => emails.get(userId) ?? expect.fail(`no address noted for ${userId}`);

/** Every row of `userId` in a table, one counter per model: adding a model without one fails to compile. */
const rowsOf: Record<Prisma.ModelName, (userId: string) => Promise<number>> = {
  User: (userId) => db.user.count({ where: { id: userId } }),
  SignInEvent: (userId) => db.signInEvent.count({ where: { userId } }),
  Assessment: (userId) => db.assessment.count({ where: { userId } }),
  AssessmentDraft: (userId) => db.assessmentDraft.count({ where: { userId } }),
  Plan: (userId) => db.plan.count({ where: { userId } }),
  PlanItem: (userId) => db.planItem.count({ where: { plan: { userId } } }),
  ActivityEvent: (userId) => db.activityEvent.count({ where: { userId } }),
  ShareLink: (userId) => db.shareLink.count({ where: { userId } }),
  MentorRating: (userId) => db.mentorRating.count({ where: { userId } }),
  MentorScore: (userId) => db.mentorScore.count({ where: { rating: { userId } } }),
  Application: (userId) => db.application.count({ where: { userId } }),
  ApplicationStageChange: (userId) => db.applicationStageChange.count({ where: { application: { userId } } }),
  Person: (userId) => db.person.count({ where: { userId } }),
  Conversation: (userId) => db.conversation.count({ where: { person: { userId } } }),
  PracticeSession: (userId) => db.practiceSession.count({ where: { userId } }),
  PracticeScore: (userId) => db.practiceScore.count({ where: { session: { userId } } }),
  Story: (userId) => db.story.count({ where: { userId } }),
  StoryArea: (userId) => db.storyArea.count({ where: { story: { userId } } }),
  ResumeBullet: (userId) => db.resumeBullet.count({ where: { application: { userId } } }),
  StoryTheme: (userId) => db.storyTheme.count({ where: { story: { userId } } }),
  MockLink: (userId) => db.mockLink.count({ where: { userId } }),
  MockQuestion: (userId) => db.mockQuestion.count({ where: { mockLink: { userId } } }),
  PartnerScore: (userId) => db.partnerScore.count({ where: { mockQuestion: { mockLink: { userId } } } }),
  UserSession: (userId) => db.userSession.count({ where: { userId } }),
  // Counters keyed "<limit>:<HMAC of the address>[|<client>]" (src/server/auth/limits.ts).
  RateLimit: (userId) => db.rateLimit.count({ where: { key: { contains: `:${emailKey(emailOf(userId))}` } } }),
  EmailToken: (userId) => db.emailToken.count({ where: { userId } }),
  // With the mail to the address kept without a user (a reset asked for it before the account existed).
  OutboxMessage: (userId) => db.outboxMessage.count({ where: { OR: [{ userId }, { to: emailOf(userId) }] } }),
  MailSettings: (userId) => db.mailSettings.count({ where: { userId } }),
  Reminder: (userId) => db.reminder.count({ where: { userId } }),
  // One row per app node (readiness heartbeat), nobody's data: nothing of a user's can be in it.
  NodeHeartbeat: async () => 0,
};
/** Models that hold no user's rows at all, left out of "every table has a row of the user". */
const ownerless = new Set<string>(["NodeHeartbeat"]);

async function census(userId: string): Promise<Record<string, number>> {
  const entries = await Promise.all(Object.entries(rowsOf).map(async ([model, count]) => [model, await count(userId)] as const));
  return Object.fromEntries(entries);
}

/** A user with at least one row in every table. */
async function fullAccount(name: string) {
  const user = await createUser({ name });
  emails.set(user.id, user.email);
  const { planId } = await seedPlan(db, user.id);
  await db.assessmentDraft.create({ data: { userId: user.id, answers: { currentRole: "designer" }, step: 2 } });
  await db.signInEvent.create({ data: { userId: user.id, userAgent: "Firefox on Linux" } });
  await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
  // The password-guess and reset counters of the address (tests/support/session.ts's client address).
  await db.rateLimit.createMany({
    data: ["guess-1m:", "guess-15m:", "guess-1h:", "reset-email:"].map((limit) => ({
      key: `${limit}${limit.startsWith("guess") ? guessKey(user.email, "192.0.2.1") : emailKey(user.email)}`,
      points: 1,
      expire: BigInt(Date.now() + 60_000),
    })),
  });
  const item = await db.planItem.findFirstOrThrow({ where: { planId } });
  await db.activityEvent.create({ data: { userId: user.id, kind: "item_done", itemId: item.id } });
  await db.emailToken.create({
    data: {
      userId: user.id,
      purpose: "password-reset",
      tokenHash: `hash-${user.id}`,
      email: user.email,
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
  await db.outboxMessage.create({
    data: { userId: user.id, kind: "verify-email", to: user.email, subject: "Pending", text: "Not sent yet" },
  });
  await db.outboxMessage.create({
    data: { userId: null, kind: "password-reset-no-account", to: user.email, subject: "No account", text: "Sent", status: "sent" },
  });
  await db.mailSettings.create({ data: { userId: user.id, weeklyDigest: true } });
  await db.reminder.create({
    data: { userId: user.id, kind: "plan-item", targetId: item.id, remindAt: new Date(Date.now() + 86_400_000) },
  });
  signInAs(user);
  const link = await createShareLinkAction(null, form({ label: "Mentor", expiresIn: "30" }));
  if (!link.ok) expect.fail(link.message);
  // A mentor's rating through the link (mentors have no account: no one is signed in for it).
  signInAs(null);
  const rated = await rateSharedPlanAction({ token: link.data.token, ratings: { data: 4 }, mentorName: "Mo", note: "Strong on data" });
  if (!rated.ok) expect.fail(rated.message);
  await seedWorkspace(user);
  return user;
}

describe(`account deletion on ${testDbProvider}`, () => {
  beforeEach(async () => {
    auth.signOut.mockClear();
    await resetDatabase();
  });

  it("checks every model of the schema", () => {
    expect(Object.keys(rowsOf).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("removes every row of the user in every table, signs out, and leaves another user's data intact", async () => {
    const other = await fullAccount("Other Person");
    const user = await fullAccount("Leaving User");
    const otherBefore = await census(other.id);
    const userBefore = await census(user.id);
    for (const counts of [otherBefore, userBefore]) {
      for (const [model, count] of Object.entries(counts)) if (!ownerless.has(model)) expect(count, model).toBeGreaterThan(0);
    }

    const planIds = (await db.plan.findMany({ where: { userId: user.id }, select: { id: true } })).map((p) => p.id);

    signInAs(user);
    const result = await deleteAccountAction(null, form({ currentPassword: user.password, confirmation: DELETE_CONFIRMATION }));
    expect(result.ok).toBe(true);
    expect(auth.signOut).toHaveBeenCalledWith({ redirectTo: landingNoticePath("account-deleted") });

    expect(await census(user.id)).toEqual(Object.fromEntries(Object.keys(rowsOf).map((model) => [model, 0])));
    expect(await census(other.id)).toEqual(otherBefore);
    // Nor does anything still point at the deleted plans (items, links).
    expect(await db.planItem.count({ where: { planId: { in: planIds } } })).toBe(0);
    expect(await db.shareLink.count({ where: { planId: { in: planIds } } })).toBe(0);
  });

  it("leaves no copy of the address in the SQLite file or its write-ahead log", async ({ skip }) => {
    if (testDbProvider !== "sqlite") skip("SQLite only: PostgreSQL's storage is the server's");
    const user = await fullAccount("Trace Less");
    const marker = user.email;
    signInAs(user);
    expect((await deleteAccountAction(null, form({ currentPassword: user.password, confirmation: DELETE_CONFIRMATION }))).ok).toBe(true);

    const file = sqliteFilePath(process.env.DATABASE_URL!);
    for (const path of [file, `${file}-wal`]) {
      if (!existsSync(path)) continue;
      expect(readFileSync(path).includes(Buffer.from(marker)), path).toBe(false);
    }
  });

  it("needs the current password and the exact phrase; a refusal deletes nothing", async () => {
    const user = await fullAccount("Careful User");
    const before = await census(user.id);
    signInAs(user);

    const wrongPassword = await deleteAccountAction(null, form({ currentPassword: "not my password", confirmation: DELETE_CONFIRMATION }));
    expect(wrongPassword).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    const wrongPhrase = await deleteAccountAction(null, form({ currentPassword: user.password, confirmation: "Delete My Account" }));
    expect(wrongPhrase).toMatchObject({ ok: false, fieldErrors: { confirmation: [expect.any(String)] } });

    expect(await census(user.id)).toEqual(before);
    expect(auth.signOut).not.toHaveBeenCalled();
  });
});
