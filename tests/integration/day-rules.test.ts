// Past events can't be in the future and follow-ups can't be in the past, checked on the server in the
// person's own calendar (src/domain/day-rules.ts), with the message at the field.
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { NOT_IN_THE_FUTURE, NOT_IN_THE_PAST } from "@/domain/day-rules";
import { addDays } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { setTimeZoneAction } from "@/server/account/actions";
import { createApplicationAction, updateApplicationAction } from "@/server/application/actions";
import { createPersonAction, logConversationAction } from "@/server/person/actions";
import { logPracticeAction } from "@/server/practice/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";

// Kiritimati (UTC+14) is a day ahead of most of the world: "today" there is not the server's today.
const ZONE = "Pacific/Kiritimati";

describe(`date rules on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("refuses a practice session, a last contact and a conversation after today in the person's zone", async () => {
    signInAs(await createUser());
    dataOf(await setTimeZoneAction({ timeZone: ZONE }));
    const today = dayIn(new Date(), ZONE);
    const practice = { type: "execution", withWhom: "peer", scores: { execution: 3, data: 2 } } as const;

    expect(await logPracticeAction({ ...practice, heldOn: addDays(today, 1) })).toMatchObject({
      ok: false,
      fieldErrors: { heldOn: [NOT_IN_THE_FUTURE] },
    });
    dataOf(await logPracticeAction({ ...practice, heldOn: today }));

    expect(await createPersonAction({ name: "Pat", howMet: "lunch", lastContactOn: addDays(today, 3) })).toMatchObject({
      ok: false,
      fieldErrors: { lastContactOn: [NOT_IN_THE_FUTURE] },
    });
    const { person } = dataOf(await createPersonAction({ name: "Pat", howMet: "lunch", lastContactOn: today }));
    expect(await logConversationAction({ personId: person.id, heldOn: addDays(today, 1), notes: "" })).toMatchObject({
      ok: false,
      fieldErrors: { heldOn: [NOT_IN_THE_FUTURE] },
    });
    expect(await db.conversation.count()).toBe(0);
    expect(await db.practiceSession.count()).toBe(1);
  });

  it("refuses a new follow-up before today, but keeps an overdue one when the rest is edited", async () => {
    signInAs(await createUser());
    const today = dayIn(new Date(), "UTC");
    const base = { company: "Acme", roleTitle: "Associate PM", kind: "associate_pm" } as const;
    const { application } = dataOf(await createApplicationAction({ ...base, followUpOn: today }));
    // The follow-up has since become overdue (as it will, days later).
    const overdue = addDays(today, -5);
    await db.application.update({
      where: { id: application.id },
      data: { followUpOn: overdue, createdAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    dataOf(await updateApplicationAction({ ...base, notes: "Called", applicationId: application.id, version: 1, followUpOn: overdue }));
    expect(
      await updateApplicationAction({ ...base, applicationId: application.id, version: 2, followUpOn: addDays(today, -1) }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { followUpOn: [NOT_IN_THE_PAST] },
    });
  });
});
