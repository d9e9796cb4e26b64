// A follow-up date is a "remind me on" date: at 08:00 that day, in the user's time zone, the user gets one email
// through a real SMTP listener. Snoozing moves the date and the email; closing, clearing or deleting the
// application cancels it; editing other fields never sends it twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";

vi.hoisted(() => {
  process.env.APP_URL = "https://pathfinder.example.test";
});

import { addDays } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { setTimeZoneAction } from "@/server/account/actions";
import {
  createApplicationAction,
  deleteApplicationAction,
  moveApplicationAction,
  snoozeFollowUpAction,
  updateApplicationAction,
} from "@/server/application/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";
import { runMailWorker } from "../support/mail";
import { startSmtpListener, type SmtpListener } from "../support/smtp";

const ZONE = "America/Los_Angeles";
const base = { company: "Acme", roleTitle: "Associate PM", kind: "associate_pm" } as const;
/** The instant that is 08:00 on `day` on a wall clock in `zone`, found with Intl (independent of the scheduler). */
function eightAmIn(day: string, zone = ZONE): Date {
  const parts = (instant: Date) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(instant);
  for (let offsetHours = -14; offsetHours <= 14; offsetHours++) {
    const candidate = new Date(Date.parse(`${day}T08:00:00Z`) - offsetHours * 3_600_000);
    if (parts(candidate) === `${day}, 08:00`) return candidate;
  }
  throw new Error(`no 08:00 on ${day} in ${zone}`);
}

describe(`follow-up reminders on ${testDbProvider}`, () => {
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

  it("emails once at 08:00 on the follow-up day in the user's zone, and again after a snooze", async () => {
    const user = await createUser({ name: "Fay Follow" });
    signInAs(user);
    expect((await setTimeZoneAction({ timeZone: ZONE })).ok).toBe(true);
    const today = dayIn(new Date(), ZONE);
    const inThreeDays = addDays(today, 3);
    const { application } = dataOf(await createApplicationAction({ ...base, followUpOn: inThreeDays }));

    const due = eightAmIn(inThreeDays);
    expect(await runMailWorker(smtp, { now: new Date(due.getTime() - 60_000) })).toMatchObject({ scheduled: 0 });
    expect(await runMailWorker(smtp, { now: due })).toMatchObject({ scheduled: 1, sent: 1 });
    expect(smtp.received[0]).toMatchObject({ to: [user.email], subject: "Follow up today: Associate PM at Acme" });
    expect(smtp.received[0]!.text).toContain(`https://pathfinder.example.test/applications/${application.id}`);

    // Editing the notes keeps the same day: no second email.
    const edited = dataOf(
      await updateApplicationAction({
        ...base,
        applicationId: application.id,
        version: application.version,
        followUpOn: inThreeDays,
        notes: "Sent a thank-you",
      }),
    );
    expect(await runMailWorker(smtp, { now: new Date(due.getTime() + 3_600_000) })).toMatchObject({ scheduled: 0 });

    // A week's snooze moves the follow-up and sends again that morning.
    const snoozed = dataOf(await snoozeFollowUpAction({ applicationId: application.id, version: edited.application.version, days: 7 }));
    expect(snoozed.application.followUpOn).toBe(addDays(inThreeDays, 7));
    expect(await runMailWorker(smtp, { now: eightAmIn(addDays(inThreeDays, 7)) })).toMatchObject({ scheduled: 1, sent: 1 });
    expect(smtp.received).toHaveLength(2);
  });

  it("cancels the email when the application closes, loses its date or is deleted, and refuses bad snoozes", async () => {
    const user = await createUser();
    signInAs(user);
    const tomorrow = addDays(dayIn(new Date(), "UTC"), 1);
    const first = dataOf(await createApplicationAction({ ...base, followUpOn: tomorrow })).application;
    const second = dataOf(await createApplicationAction({ ...base, company: "Globex", followUpOn: tomorrow })).application;
    const third = dataOf(await createApplicationAction({ ...base, company: "Initech", followUpOn: tomorrow })).application;
    expect(await db.reminder.count({ where: { kind: "follow-up" } })).toBe(3);

    expect((await moveApplicationAction({ applicationId: first.id, version: first.version, stage: "rejected" })).ok).toBe(true);
    expect(
      (await updateApplicationAction({ ...base, company: "Globex", applicationId: second.id, version: second.version, followUpOn: "" })).ok,
    ).toBe(true);
    expect((await deleteApplicationAction({ applicationId: third.id })).ok).toBe(true);
    expect(await db.reminder.count({ where: { kind: "follow-up" } })).toBe(0);
    expect(await runMailWorker(smtp, { now: new Date(`${tomorrow}T23:00:00Z`) })).toMatchObject({ scheduled: 0 });

    const fresh = (await db.application.findUniqueOrThrow({ where: { id: second.id } })).version;
    expect(await snoozeFollowUpAction({ applicationId: second.id, version: fresh, days: 1 })).toMatchObject({
      ok: false,
      message: expect.stringContaining("no follow-up date"),
    });
    expect(await snoozeFollowUpAction({ applicationId: second.id, version: fresh, days: 3 })).toMatchObject({
      ok: false,
      fieldErrors: { days: [expect.any(String)] },
    });

    // Another user's application behaves exactly like a missing one.
    signInAs(await createUser());
    const other = await snoozeFollowUpAction({ applicationId: second.id, version: fresh, days: 1 });
    const missing = await snoozeFollowUpAction({ applicationId: "c0000000000000000000000000", version: fresh, days: 1 });
    expect(other).toEqual(missing);
  });
});
