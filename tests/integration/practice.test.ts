import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { buildAccountExport } from "@/server/account/export";
import { deletePracticeAction, logPracticeAction, updatePracticeAction } from "@/server/practice/actions";
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
        questionId: null,
        mock: null,
        version: 1,
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

  it("edits a session with the same checks, guarded by the version it read; another user's id reads as missing", async () => {
    const user = await createUser();
    signInAs(user);
    const { sessionId } = dataOf(
      await logPracticeAction({ type: "execution", heldOn: "2026-05-04", withWhom: "coach", scores: { execution: 3, data: 4 } }),
    );

    // A new type brings its own areas: the old scores are replaced, not kept.
    const { session } = dataOf(
      await updatePracticeAction({
        sessionId,
        version: 1,
        type: "behavioural",
        heldOn: "2026-05-05",
        withWhom: "peer",
        scores: { communication: 4, leadership: 2 },
        notes: "Told the outage story\r\n",
      }),
    );
    expect(session).toEqual({
      id: sessionId,
      type: "behavioural",
      heldOn: "2026-05-05",
      withWhom: "peer",
      notes: "Told the outage story",
      scores: { communication: 4, leadership: 2 },
      questionId: null,
      mock: null,
      version: 2,
    });
    expect(await db.practiceScore.count({ where: { sessionId } })).toBe(2);

    // The same validation as logging: scores must match the type, at the field.
    const wrong = await updatePracticeAction({
      sessionId,
      version: 2,
      type: "technical",
      heldOn: "2026-05-05",
      withWhom: "self",
      scores: { data: 3 },
    });
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { "scores.technical": [expect.any(String)], "scores.data": [expect.any(String)] },
    });

    // A stale tab (version 1) changes nothing and gets the latest version back.
    const other = await createUser();
    const before = await databaseSnapshot();
    const stale = await updatePracticeAction({
      sessionId,
      version: 1,
      type: "technical",
      heldOn: "2026-05-06",
      withWhom: "self",
      scores: { technical: 5 },
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "STALE",
      details: { session: { version: 2, type: "behavioural" } },
    });
    expect(await databaseSnapshot()).toBe(before);

    // Another user: exactly like a missing id, and nothing changes.
    signInAs(other);
    const foreign = await updatePracticeAction({
      sessionId,
      version: 2,
      type: "technical",
      heldOn: "2026-05-06",
      withWhom: "self",
      scores: { technical: 5 },
    });
    const missing = await updatePracticeAction({
      sessionId: "c000000000000000000000099",
      version: 2,
      type: "technical",
      heldOn: "2026-05-06",
      withWhom: "self",
      scores: { technical: 5 },
    });
    expect(foreign).toEqual(missing);
    expect(foreign.ok).toBe(false);
    expect(await databaseSnapshot()).toBe(before);
  });

  it("logs a bank question scored on exactly the areas that question tests, of its own type", async () => {
    const user = await createUser();
    signInAs(user);
    // bh-co-7 is a behavioural conflict question testing communication and customer insight.
    const base = { type: "behavioural", questionId: "bh-co-7", heldOn: "2026-05-04", withWhom: "self" } as const;
    const typeAreas = await logPracticeAction({ ...base, scores: { communication: 3, leadership: 3 } });
    expect(typeAreas).toMatchObject({
      ok: false,
      fieldErrors: { "scores.customer_insight": expect.any(Array), "scores.leadership": expect.any(Array) },
    });
    const otherType = await logPracticeAction({ ...base, type: "technical", scores: { communication: 3, customer_insight: 2 } });
    expect(otherType).toMatchObject({ ok: false, fieldErrors: { type: ["This question is of another type"] } });
    const unknown = await logPracticeAction({ ...base, questionId: "zz-99", scores: { communication: 3, customer_insight: 2 } });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { questionId: ["Unknown question"] } });
    const { sessionId } = dataOf(await logPracticeAction({ ...base, scores: { communication: 3, customer_insight: 2 } }));
    expect(await listPractice(user.id)).toMatchObject([
      { id: sessionId, questionId: "bh-co-7", scores: { communication: 3, customer_insight: 2 } },
    ]);
  });
});
