import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { buildAccountExport } from "@/server/account/export";
import { deletePracticeAction, logPracticeAction } from "@/server/practice/actions";
import { listPractice } from "@/server/practice/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

describe(`practice sessions on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("logs a mock interview scored on the areas its type tests, lists, exports and deletes it", async () => {
    const user = await createUser();
    signInAs(user);
    const { sessionId } = dataOf(
      await logPracticeAction({
        type: "execution",
        heldOn: "2026-05-04",
        withWhom: "coach",
        scores: { execution: 3, data: 4 },
        notes: "Metrics tree",
      }),
    );
    expect(await listPractice(user.id)).toEqual([
      {
        id: sessionId,
        type: "execution",
        heldOn: "2026-05-04",
        withWhom: "coach",
        notes: "Metrics tree",
        scores: { execution: 3, data: 4 },
      },
    ]);
    const exported = await buildAccountExport(user.id, new Date());
    expect(exported?.practice[0]).toMatchObject({ type: "execution", scores: expect.arrayContaining([{ area: "execution", score: 3 }]) });
    expect(await db.activityEvent.count({ where: { userId: user.id, kind: "practice_logged" } })).toBe(1);
    dataOf(await deletePracticeAction({ sessionId }));
    expect(await db.practiceScore.count()).toBe(0);
  });

  it("refuses scores for areas the type does not test, and missing ones, at the field", async () => {
    const user = await createUser();
    signInAs(user);
    const before = await databaseSnapshot();
    const wrong = await logPracticeAction({
      type: "technical",
      heldOn: "2026-05-04",
      withWhom: "self",
      scores: { technical: 3, strategy: 2 },
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { "scores.strategy": [expect.stringMatching(/doesn't test/)] } });
    const missing = await logPracticeAction({ type: "behavioural", heldOn: "2026-05-04", withWhom: "peer", scores: { communication: 4 } });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { "scores.leadership": [expect.any(String)] } });
    const outOfRange = await logPracticeAction({ type: "technical", heldOn: "2026-05-04", withWhom: "peer", scores: { technical: 6 } });
    expect(outOfRange).toMatchObject({ ok: false, fieldErrors: { "scores.technical": [expect.any(String)] } });
    expect(await databaseSnapshot()).toBe(before);
  });
});
