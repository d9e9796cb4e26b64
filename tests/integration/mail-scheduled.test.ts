// Scheduled mail with an injected clock and a real SMTP listener: the weekly check-in (with and without
// progress), one-click unsubscribe, plan-step reminders with snooze, and exactly-once delivery when two
// worker instances on two connections (two "nodes") share one database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";

vi.hoisted(() => {
  process.env.APP_URL = "https://pathfinder.example.test";
});

import { POST as unsubscribePost } from "@/app/api/v1/unsubscribe/route";
import { updateMailSettingsAction } from "@/server/mail/actions";
import { clearReminderAction, setReminderAction, snoozeReminderAction } from "@/server/reminder/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { runMailWorker, secondDbClient } from "../support/mail";
import { seedPlan } from "../support/seed";
import { linksOf, startSmtpListener, type ReceivedMail, type SmtpListener } from "../support/smtp";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A Monday. */
const MONDAY_0759 = new Date("2026-12-07T07:59:00Z");
const MONDAY_0800 = new Date("2026-12-07T08:00:00Z");
const LAST_WEEK = new Date("2026-11-30T08:00:00Z");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function optedInUser(name: string) {
  const user = await createUser({ name });
  await db.mailSettings.create({ data: { userId: user.id, weeklyDigest: true, lastDigestAt: LAST_WEEK } });
  return user;
}

/** A user with a plan: two steps finished in the last week, one long ago. */
async function userWithProgress() {
  const user = await optedInUser("Ada Progress");
  const seeded = await seedPlan(db, user.id, { createdAt: new Date(MONDAY_0800.getTime() - 20 * DAY_MS) });
  await db.assessment.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(MONDAY_0800.getTime() - 20 * DAY_MS) } });
  const items = await db.planItem.findMany({
    where: { planId: seeded.planId, status: "todo" },
    orderBy: [{ phase: "asc" }, { position: "asc" }],
  });
  for (const item of items.slice(0, 2)) {
    await db.planItem.update({
      where: { id: item.id },
      data: { status: "done", statusChangedAt: new Date(MONDAY_0800.getTime() - 2 * DAY_MS) },
    });
  }
  return { user, finished: items.slice(0, 2).map((i) => i.title), next: items.slice(2, 5).map((i) => i.title) };
}

/** A header as sent (unfolded), read from the raw message. */
function header(mail: ReceivedMail, name: string): string {
  const unfolded = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : "";
}

describe(`scheduled mail on ${testDbProvider}`, () => {
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
  });

  it("sends the weekly check-in at Monday 08:00, with progress and without, once per week", async () => {
    const { user, finished, next } = await userWithProgress();
    const newcomer = await optedInUser("Ben Newcomer");
    const notOptedIn = await createUser();
    await db.mailSettings.create({ data: { userId: notOptedIn.id, weeklyDigest: false } });

    expect(await runMailWorker(smtp, { now: MONDAY_0759 })).toMatchObject({ scheduled: 0, sent: 0 });
    expect(await runMailWorker(smtp, { now: MONDAY_0800 })).toMatchObject({ scheduled: 2, sent: 2 });
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([user.email, newcomer.email].sort());

    const withProgress = smtp.received.find((m) => m.to.includes(user.email))!;
    expect(withProgress.subject).toMatch(/^Your week: 2 steps done/);
    expect(withProgress.text).toContain("This week you finished 2 steps.");
    for (const title of finished) expect(withProgress.text).toContain(`✓ ${title}`);
    expect(withProgress.text).toContain("Your next three actions:");
    next.forEach((title, index) => expect(withProgress.text).toContain(`${index + 1}. ${title}`));
    expect(withProgress.text).not.toMatch(/good time to re-assess/);

    const without = smtp.received.find((m) => m.to.includes(newcomer.email))!;
    expect(without.subject).toBe("Your weekly PM Pathfinder check-in");
    expect(without.text).toContain("You don't have a plan yet.");

    for (const mail of smtp.received) {
      expect(linksOf(mail).every((link) => link.startsWith("https://pathfinder.example.test/"))).toBe(true);
      expect(header(mail, "list-unsubscribe")).toMatch(/https:\/\/pathfinder\.example\.test\/api\/v1\/unsubscribe\?token=/);
      expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    }

    // Later the same week: nothing more. The next Monday: one more each.
    expect(await runMailWorker(smtp, { now: new Date(MONDAY_0800.getTime() + 3 * DAY_MS) })).toMatchObject({ scheduled: 0 });
    expect(await runMailWorker(smtp, { now: new Date(MONDAY_0800.getTime() + 7 * DAY_MS) })).toMatchObject({ scheduled: 2 });
  });

  it("nudges a re-assessment after 30 days", async () => {
    const { user } = await userWithProgress();
    await db.assessment.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(MONDAY_0800.getTime() - 31 * DAY_MS) } });
    await runMailWorker(smtp, { now: MONDAY_0800 });
    expect(smtp.received[0]!.text).toMatch(/good time to re-assess/);
  });

  it("unsubscribes with one click from the link, without signing in; a tampered link does nothing", async () => {
    const user = await optedInUser("Cleo Unsub");
    await runMailWorker(smtp, { now: MONDAY_0800 });
    const oneClick = header(smtp.received[0]!, "list-unsubscribe").match(/<([^>]+)>/)![1]!;
    const pageLink = linksOf(smtp.received[0]!).find((l) => l.includes("/unsubscribe?token="))!;
    expect(new URL(pageLink).searchParams.get("token")).toBe(new URL(oneClick).searchParams.get("token"));

    signInAs(null);
    const tampered = oneClick.replace(/token=./, (m) => m.slice(0, -1) + (m.endsWith("A") ? "B" : "A"));
    const refused = await unsubscribePost(
      new Request(tampered, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(refused.status).toBe(400);
    expect((await db.mailSettings.findUniqueOrThrow({ where: { userId: user.id } })).weeklyDigest).toBe(true);

    const response = await unsubscribePost(
      new Request(oneClick, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(response.status).toBe(200);
    expect((await db.mailSettings.findUniqueOrThrow({ where: { userId: user.id } })).weeklyDigest).toBe(false);
    expect(await runMailWorker(smtp, { now: new Date(MONDAY_0800.getTime() + 7 * DAY_MS) })).toMatchObject({ scheduled: 0 });
  });

  it("opting in from settings starts with the next Monday, not a Monday already past", async () => {
    const user = await createUser();
    signInAs(user);
    expect(await updateMailSettingsAction(null, form({ weeklyDigest: "on", reminders: "on" }))).toMatchObject({ ok: true });
    const settings = await db.mailSettings.findUniqueOrThrow({ where: { userId: user.id } });
    expect(settings).toMatchObject({ weeklyDigest: true, reminders: true });
    expect(await runMailWorker(smtp, { now: new Date(settings.lastDigestAt!.getTime() + 1000) })).toMatchObject({ scheduled: 0 });
    expect(await runMailWorker(smtp, { now: new Date(settings.lastDigestAt!.getTime() + 7 * DAY_MS) })).toMatchObject({ scheduled: 1 });
  });

  it("emails a plan-step reminder on its day, and again after a snooze", async () => {
    const user = await createUser({ name: "Dee Remind" });
    const { planId } = await seedPlan(db, user.id);
    const item = await db.planItem.findFirstOrThrow({ where: { planId, status: "todo" }, orderBy: { position: "asc" } });
    signInAs(user);
    const tomorrow = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
    const set = await setReminderAction({ itemId: item.id, remindOn: tomorrow });
    expect(set).toMatchObject({ ok: true, data: { remindAt: `${tomorrow}T08:00:00.000Z` } });
    expect(await setReminderAction({ itemId: item.id, remindOn: "2020-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { remindOn: ["Choose today or a later date"] },
    });

    const due = new Date(`${tomorrow}T08:00:00Z`);
    expect(await runMailWorker(smtp, { now: new Date(due.getTime() - 60_000) })).toMatchObject({ scheduled: 0 });
    expect(await runMailWorker(smtp, { now: due })).toMatchObject({ scheduled: 1, sent: 1 });
    expect(smtp.received[0]).toMatchObject({ to: [user.email], subject: `Reminder: ${item.title}` });
    expect(await runMailWorker(smtp, { now: new Date(due.getTime() + DAY_MS) })).toMatchObject({ scheduled: 0 });

    const snoozed = await snoozeReminderAction({ itemId: item.id, days: 7 });
    expect(snoozed.ok).toBe(true);
    const again = new Date((snoozed as { data: { remindAt: string } }).data.remindAt);
    expect(again.getTime()).toBeGreaterThanOrEqual(Date.now() + 7 * DAY_MS - 60_000);
    expect(await runMailWorker(smtp, { now: again })).toMatchObject({ scheduled: 1 });
    expect(smtp.received).toHaveLength(2);

    expect(await clearReminderAction({ itemId: item.id })).toMatchObject({ ok: true });
    expect(await db.reminder.count()).toBe(0);
  });

  it("sends nothing for a reminder when reminder emails are switched off", async () => {
    const user = await createUser();
    const { planId } = await seedPlan(db, user.id);
    const item = await db.planItem.findFirstOrThrow({ where: { planId, status: "todo" } });
    await db.mailSettings.create({ data: { userId: user.id, reminders: false } });
    await db.reminder.create({ data: { userId: user.id, kind: "plan-item", targetId: item.id, remindAt: MONDAY_0800 } });
    expect(await runMailWorker(smtp, { now: MONDAY_0800 })).toMatchObject({ scheduled: 0, sent: 0 });
  });

  // Several nodes are a PostgreSQL deployment; SQLite is one file for one node (docs/mail.md).
  it.runIf(testDbProvider === "postgres")("two nodes on one database deliver a due digest and a due reminder exactly once", async () => {
    const user = await optedInUser("Two Nodes");
    const { planId } = await seedPlan(db, user.id);
    const item = await db.planItem.findFirstOrThrow({ where: { planId, status: "todo" } });
    await db.reminder.create({ data: { userId: user.id, kind: "plan-item", targetId: item.id, remindAt: MONDAY_0800 } });
    const second = secondDbClient();
    try {
      // Both nodes run several passes at the same moments, concurrently.
      for (let round = 0; round < 3; round++) {
        const now = new Date(MONDAY_0800.getTime() + round * 1000);
        await Promise.all([runMailWorker(smtp, { now }), runMailWorker(smtp, { now, client: second })]);
      }
    } finally {
      await second.$disconnect();
    }
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received.filter((m) => m.subject === `Reminder: ${item.title}`)).toHaveLength(1);
    expect(smtp.received.filter((m) => /^Your week|^Your weekly/.test(m.subject))).toHaveLength(1);
    const sent = await db.outboxMessage.findMany({ where: { status: "sent" }, orderBy: { kind: "asc" } });
    expect(sent.map((m) => [m.kind, m.attempts])).toEqual([
      ["digest", 1],
      ["reminder", 1],
    ]);
  });
});
