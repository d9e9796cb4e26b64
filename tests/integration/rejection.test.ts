// Every way of rejecting an application clears its follow-up in the same write, unless the person keeps it.
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { addDays } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { createApplicationAction, moveApplicationAction } from "@/server/application/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";

const base = { company: "Acme", roleTitle: "Associate PM", kind: "associate_pm" } as const;

describe(`rejections on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("clears the follow-up and its reminder when moved to Rejected, or keeps it when asked", async () => {
    const user = await createUser();
    signInAs(user);
    const followUpOn = addDays(dayIn(new Date(), "UTC"), 3);
    const cleared = dataOf(await createApplicationAction({ ...base, followUpOn })).application;
    const kept = dataOf(await createApplicationAction({ ...base, company: "Globex", followUpOn })).application;
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(2);

    const moved = dataOf(
      await moveApplicationAction({ applicationId: cleared.id, version: cleared.version, stage: "rejected" }),
    ).application;
    expect(moved).toMatchObject({ stage: "rejected", followUpOn: null });
    const keptMove = dataOf(
      await moveApplicationAction({ applicationId: kept.id, version: kept.version, stage: "rejected", keepFollowUp: true }),
    ).application;
    expect(keptMove).toMatchObject({ stage: "rejected", followUpOn });
    expect(await db.reminder.count({ where: { userId: user.id, targetId: cleared.id } })).toBe(0);
  });

  it("adds an already rejected application without a follow-up", async () => {
    signInAs(await createUser());
    const followUpOn = addDays(dayIn(new Date(), "UTC"), 3);
    const { application } = dataOf(await createApplicationAction({ ...base, stage: "rejected", followUpOn }));
    expect(application.followUpOn).toBeNull();
  });
});
