import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { scoreAssessment } from "@/domain/assessment";
import { findAssessment, latestAssessments, listAssessments, previousAssessment } from "@/server/assessment/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { DESIGNER, ENGINEER, savedAssessment, type TestUser } from "../support/fixtures";

const at = (iso: string) => new Date(iso);

/** Saves an assessment through the action, then pins its createdAt so the order is known. */
async function assessmentAt(user: TestUser, createdAt: string, input = ENGINEER): Promise<string> {
  const id = await savedAssessment(user, input);
  await db.assessment.update({ where: { id }, data: { createdAt: at(createdAt) } });
  return id;
}

describe(`assessment queries on ${testDbProvider}`, () => {
  let alice: TestUser;
  let bob: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    alice = await createUser({ name: "Alice" });
    bob = await createUser({ name: "Bob" });
  });

  it("findAssessment returns the owner's assessment with its input and result", async () => {
    const id = await savedAssessment(alice, DESIGNER);
    const found = await findAssessment(alice.id, id);
    expect(found).toMatchObject({ id, input: DESIGNER, modelVersion: scoreAssessment(DESIGNER).modelVersion });
    expect(found?.result).toEqual(JSON.parse(JSON.stringify(scoreAssessment(DESIGNER))));
    expect(found?.createdAt).toBeInstanceOf(Date);
  });

  it("findAssessment treats another user's id exactly like a missing one", async () => {
    const id = await savedAssessment(alice);
    expect(await findAssessment(bob.id, id)).toBeNull();
    expect(await findAssessment(bob.id, "missing")).toBeNull();
  });

  it("listAssessments lists the owner's assessments newest first, with summary fields", async () => {
    const old = await assessmentAt(alice, "2026-01-01T10:00:00Z", ENGINEER);
    const newest = await assessmentAt(alice, "2026-03-01T10:00:00Z", DESIGNER);
    const middle = await assessmentAt(alice, "2026-02-01T10:00:00Z", ENGINEER);
    await assessmentAt(bob, "2026-04-01T10:00:00Z");

    const list = await listAssessments(alice.id);
    expect(list).toEqual([
      {
        id: newest,
        createdAt: at("2026-03-01T10:00:00Z"),
        readiness: scoreAssessment(DESIGNER).readiness,
        recommendedPath: scoreAssessment(DESIGNER).recommendedPath.path,
      },
      {
        id: middle,
        createdAt: at("2026-02-01T10:00:00Z"),
        readiness: scoreAssessment(ENGINEER).readiness,
        recommendedPath: scoreAssessment(ENGINEER).recommendedPath.path,
      },
      {
        id: old,
        createdAt: at("2026-01-01T10:00:00Z"),
        readiness: scoreAssessment(ENGINEER).readiness,
        recommendedPath: scoreAssessment(ENGINEER).recommendedPath.path,
      },
    ]);
    expect((await listAssessments(bob.id)).map((a) => a.id)).not.toContain(old);
    expect(await listAssessments("nobody")).toEqual([]);
  });

  it("latestAssessments returns the newest `count`, owner-scoped", async () => {
    await assessmentAt(alice, "2026-01-01T10:00:00Z");
    const second = await assessmentAt(alice, "2026-02-01T10:00:00Z");
    const third = await assessmentAt(alice, "2026-03-01T10:00:00Z", DESIGNER);
    await assessmentAt(bob, "2026-04-01T10:00:00Z");

    expect((await latestAssessments(alice.id)).map((a) => a.id)).toEqual([third, second]);
    const [latest] = await latestAssessments(alice.id, 1);
    expect(latest).toMatchObject({ id: third, input: DESIGNER });
    expect(await latestAssessments("nobody")).toEqual([]);
  });

  it("previousAssessment walks back one at a time and stops at the first", async () => {
    const first = await assessmentAt(alice, "2026-01-01T10:00:00Z");
    const second = await assessmentAt(alice, "2026-02-01T10:00:00Z", DESIGNER);
    const third = await assessmentAt(alice, "2026-03-01T10:00:00Z");

    expect((await previousAssessment(alice.id, third))?.id).toBe(second);
    expect(await previousAssessment(alice.id, second)).toMatchObject({ id: first, input: ENGINEER });
    expect(await previousAssessment(alice.id, first)).toBeNull();
  });

  it("previousAssessment never crosses users, and another user's id gives the same null as a missing one", async () => {
    const bobsOld = await assessmentAt(bob, "2025-12-01T10:00:00Z");
    const alices = await assessmentAt(alice, "2026-01-01T10:00:00Z");
    const bobsNew = await assessmentAt(bob, "2026-02-01T10:00:00Z");

    expect(await previousAssessment(alice.id, alices)).toBeNull(); // bob's older one is not hers
    expect(await previousAssessment(alice.id, bobsNew)).toBeNull();
    expect(await previousAssessment(alice.id, "missing")).toBeNull();
    expect((await previousAssessment(bob.id, bobsNew))?.id).toBe(bobsOld);
  });

  it("previousAssessment agrees with the list order when two assessments share a timestamp", async () => {
    const same = "2026-05-05T12:00:00.000Z";
    await assessmentAt(alice, "2026-01-01T10:00:00Z");
    await assessmentAt(alice, same);
    await assessmentAt(alice, same, DESIGNER);

    const ids = (await listAssessments(alice.id)).map((a) => a.id);
    expect(ids).toHaveLength(3);
    // Walking "previous" from the newest must visit the list in order, skipping none.
    const walked = [ids[0]!];
    for (let current = ids[0]!; ;) {
      const previous = await previousAssessment(alice.id, current);
      if (!previous) break;
      walked.push(previous.id);
      current = previous.id;
    }
    expect(walked).toEqual(ids);
  });

  it("signInAs only affects actions: the queries take the user id they are given", async () => {
    const id = await savedAssessment(alice);
    signInAs(bob);
    expect((await findAssessment(alice.id, id))?.id).toBe(id);
  });
});
