import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { MAX_PEOPLE, PEOPLE_LIMIT_MESSAGE } from "@/domain/person";
import { buildAccountExport } from "@/server/account/export";
import { createApplicationAction } from "@/server/application/actions";
import {
  createPersonAction,
  deleteConversationAction,
  deletePersonAction,
  logConversationAction,
  updatePersonAction,
} from "@/server/person/actions";
import { findPerson, peopleByPlanItem } from "@/server/person/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf, userWithPlan } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

describe(`people and conversations on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("creates a person linked to a referral and a networking step, logs conversations, edits and deletes", async () => {
    const { user, plan } = await userWithPlan();
    const step = plan.items.find((item) => item.category === "networking")!;
    const { application } = dataOf(await createApplicationAction({ company: "Acme", roleTitle: "APM", kind: "associate_pm" }));
    const { person } = dataOf(
      await createPersonAction({
        name: "Priya",
        role: "Senior PM",
        company: "Acme",
        howMet: "lunch",
        applicationId: application.id,
        planItemId: step.id,
      }),
    );
    expect(person).toMatchObject({
      name: "Priya",
      howMet: "lunch",
      applicationName: "APM at Acme",
      planItemTitle: step.title,
      lastContactOn: null,
    });
    expect(await peopleByPlanItem(user.id)).toEqual({ [step.id]: [{ id: person.id, name: "Priya" }] });

    const after = dataOf(await logConversationAction({ personId: person.id, heldOn: "2026-03-10", notes: "Discovery tips" })).person;
    expect(after.lastContactOn).toBe("2026-03-10");
    const older = dataOf(await logConversationAction({ personId: person.id, heldOn: "2026-03-01" })).person;
    expect(older.lastContactOn).toBe("2026-03-10"); // an older conversation never moves last contact back
    expect(older.conversations.map((c) => c.heldOn)).toEqual(["2026-03-10", "2026-03-01"]);

    const edited = dataOf(
      await updatePersonAction({ personId: person.id, version: older.version, name: "Priya K", howMet: "community" }),
    ).person;
    expect(edited).toMatchObject({ name: "Priya K", howMet: "community", applicationId: null, planItemId: null });
    const stale = await updatePersonAction({ personId: person.id, version: older.version, name: "Old tab", howMet: "lunch" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });

    dataOf(await deleteConversationAction({ conversationId: older.conversations[1]!.id }));
    expect((await findPerson(user.id, person.id))?.conversations).toHaveLength(1);
    dataOf(await deletePersonAction({ personId: person.id }));
    expect(await db.conversation.count()).toBe(0);
  });

  it("refuses links to another user's application or plan step at the field, changing nothing", async () => {
    const { plan: otherPlan, user: other } = await userWithPlan();
    const { application: foreign } = dataOf(await createApplicationAction({ company: "Theirs", roleTitle: "PM", kind: "pm" }));
    const me = await createUser();
    signInAs(me);
    const before = await databaseSnapshot();
    expect(await createPersonAction({ name: "X", howMet: "event", applicationId: foreign.id })).toMatchObject({
      ok: false,
      fieldErrors: { applicationId: ["That application was not found"] },
    });
    expect(await createPersonAction({ name: "X", howMet: "event", planItemId: otherPlan.items[0]!.id })).toMatchObject({
      ok: false,
      fieldErrors: { planItemId: ["That plan step was not found"] },
    });
    expect(await databaseSnapshot()).toBe(before);
    expect(other.id).not.toBe(me.id);
  });

  it(`stops at ${MAX_PEOPLE} people with a clear message`, async () => {
    const user = await createUser();
    signInAs(user);
    await db.person.createMany({
      data: Array.from({ length: MAX_PEOPLE }, (_, i) => ({ userId: user.id, name: `P${i}`, howMet: "event" })),
    });
    expect(await createPersonAction({ name: "One more", howMet: "event" })).toMatchObject({
      ok: false,
      code: "QUOTA",
      message: PEOPLE_LIMIT_MESSAGE,
    });
  });

  it("exports people with their conversations", async () => {
    const user = await createUser();
    signInAs(user);
    const { person } = dataOf(await createPersonAction({ name: "Lee", howMet: "colleague", notes: "Ask about\r\nroadmaps" }));
    dataOf(await logConversationAction({ personId: person.id, heldOn: "2026-04-01", notes: "Coffee" }));
    const exported = await buildAccountExport(user.id, new Date());
    expect(exported?.people).toEqual([
      expect.objectContaining({
        name: "Lee",
        notes: "Ask about\nroadmaps",
        conversations: [expect.objectContaining({ heldOn: "2026-04-01" })],
      }),
    ]);
  });
});
