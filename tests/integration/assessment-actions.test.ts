import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { MODEL_VERSION, scoreAssessment } from "@/domain/assessment";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { discardDraftAction, saveAssessmentAction, saveDraftAction } from "@/server/assessment/actions";
import { findDraft } from "@/server/assessment/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { DESIGNER, ENGINEER, dataOf, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const SIGNED_OUT = { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again.", fieldErrors: {} };

function formData(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.append(key, value);
  return form;
}

describe(`saveAssessmentAction on ${testDbProvider}`, () => {
  let user: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    user = await createUser();
    signInAs(user);
  });

  it("stores the answers with readiness, path and model version from scoreAssessment", async () => {
    const { id } = dataOf(await saveAssessmentAction(DESIGNER));
    const expected = scoreAssessment(DESIGNER);
    const row = await db.assessment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      userId: user.id,
      readiness: expected.readiness,
      recommendedPath: expected.recommendedPath.path,
      modelVersion: MODEL_VERSION,
    });
    expect(row.input).toEqual(DESIGNER);
    expect(row.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await db.activityEvent.findMany({ select: { userId: true, kind: true } })).toEqual([
      { userId: user.id, kind: "assessment_saved" },
    ]);
  });

  it("keeps every assessment: a second save adds a row", async () => {
    const first = dataOf(await saveAssessmentAction(ENGINEER));
    const second = dataOf(await saveAssessmentAction(DESIGNER));
    expect(second.id).not.toBe(first.id);
    const rows = await db.assessment.findMany({ where: { userId: user.id }, select: { id: true, readiness: true } });
    expect(rows.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    expect(rows.find((row) => row.id === second.id)?.readiness).toBe(scoreAssessment(DESIGNER).readiness);
  });

  it("clears the user's draft and leaves other users' drafts alone", async () => {
    const other = await createUser();
    signInAs(other);
    dataOf(await saveDraftAction({ step: 3, answers: { currentRole: "designer" } }));
    signInAs(user);
    dataOf(await saveDraftAction({ step: 2, answers: { currentRole: "sales" } }));

    dataOf(await saveAssessmentAction(ENGINEER));
    expect(await findDraft(user.id)).toBeNull();
    expect(await findDraft(other.id)).toEqual({ step: 3, answers: { currentRole: "designer" } });
  });

  it("rejects visitors and stores nothing", async () => {
    const before = await databaseSnapshot();
    signInAs(null);
    expect(await saveAssessmentAction(ENGINEER)).toEqual(SIGNED_OUT);
    expect(await databaseSnapshot()).toEqual(before);
  });

  const invalid: [string, unknown, string, string][] = [
    ["a number as text", { ...ENGINEER, yearsExperience: "6" }, "yearsExperience", "Years of experience must be a number of years"],
    ["negative years", { ...ENGINEER, yearsExperience: -1 }, "yearsExperience", "Years of experience cannot be negative"],
    ["a rating above 5", { ...ENGINEER, skills: { ...ENGINEER.skills, data: 6 } }, "skills.data", "Rating must be at most 5"],
    ["a fractional level", { ...ENGINEER, riskTolerance: 2.5 }, "riskTolerance", "Risk tolerance must be a whole number from 1 to 5"],
    ["an unknown role", { ...ENGINEER, currentRole: "astronaut" }, "currentRole", "Choose your current role from the list"],
    [
      "an unknown nested choice",
      { ...ENGINEER, company: { ...ENGINEER.company, managerSupport: "maybe" } },
      "company.managerSupport",
      "Choose yes, unsure or no",
    ],
    ["a missing section", { ...ENGINEER, skills: undefined }, "skills", "Rate each of the eight skill areas"],
    ["an unknown field", { ...ENGINEER, salary: 100 }, "salary", "Unknown field: salary"],
    ["an unknown nested field", { ...ENGINEER, evidence: { ...ENGINEER.evidence, mba: true } }, "evidence.mba", "Unknown field: mba"],
    ["an unknown skill", { ...ENGINEER, skills: { ...ENGINEER.skills, design: 3 } }, "skills.design", "Unknown field: design"],
    [
      "a null rating",
      { ...ENGINEER, skills: { ...ENGINEER.skills, strategy: null } },
      "skills.strategy",
      "Rating must be a number from 1 to 5",
    ],
    ["a null section", { ...ENGINEER, evidence: null }, "evidence", "Tell us what you have done"],
    ["a null choice", { ...ENGINEER, currentRole: null }, "currentRole", "Choose your current role from the list"],
    ["null", null, "_form", "Send the assessment answers as an object"],
    ["an array", [ENGINEER], "_form", "Send the assessment answers as an object"],
    [
      "form data (every value text)",
      formData({ currentRole: "designer", yearsExperience: "6" }),
      "yearsExperience",
      "Years of experience must be a number of years",
    ],
  ];

  it.each(invalid)("refuses %s with a field error and stores nothing", async (_name, input, field, message) => {
    dataOf(await saveDraftAction({ step: 4, answers: { currentRole: "designer" } }));
    const before = await databaseSnapshot();
    const result = await saveAssessmentAction(input);
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: INVALID_INPUT_MESSAGE });
    if (result.ok) return;
    expect(result.fieldErrors[field]).toEqual([message]);
    expect(await databaseSnapshot()).toEqual(before); // the draft survives a failed submit
  });
});

describe(`saveDraftAction and discardDraftAction on ${testDbProvider}`, () => {
  let user: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    user = await createUser();
    signInAs(user);
  });

  it("creates the draft, then updates the same row", async () => {
    const first = dataOf(await saveDraftAction({ step: 1, answers: { currentRole: "designer" } }));
    expect(await findDraft(user.id)).toEqual({ step: 1, answers: { currentRole: "designer" } });

    const second = dataOf(await saveDraftAction({ step: 3, answers: { currentRole: "sales", yearsExperience: 4 } }));
    expect(await db.assessmentDraft.count()).toBe(1);
    expect(await findDraft(user.id)).toEqual({ step: 3, answers: { currentRole: "sales", yearsExperience: 4 } });
    const row = await db.assessmentDraft.findUniqueOrThrow({ where: { userId: user.id } });
    expect(second.savedAt).toBe(row.updatedAt.toISOString());
    expect(Date.parse(second.savedAt)).toBeGreaterThanOrEqual(Date.parse(first.savedAt));
  });

  it("parallel autosaves from several tabs keep exactly one draft row, holding one of the saves", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => saveDraftAction({ step: i % 5, answers: { tab: i } })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.assessmentDraft.count({ where: { userId: user.id } })).toBe(1);
    const draft = await findDraft(user.id);
    expect(draft!.step).toBe((draft!.answers.tab as number) % 5);
  });

  it("keeps one draft per user", async () => {
    const other = await createUser();
    dataOf(await saveDraftAction({ step: 1, answers: { a: 1 } }));
    signInAs(other);
    dataOf(await saveDraftAction({ step: 2, answers: { b: 2 } }));
    expect(await findDraft(user.id)).toEqual({ step: 1, answers: { a: 1 } });
    expect(await findDraft(other.id)).toEqual({ step: 2, answers: { b: 2 } });
    expect(await findDraft("no-such-user")).toBeNull();
  });

  const invalid: [string, unknown, string][] = [
    ["a step past the last", { step: 5, answers: {} }, "step"],
    ["a negative step", { step: -1, answers: {} }, "step"],
    ["a step as text", { step: "2", answers: {} }, "step"],
    ["answers as a list", { step: 1, answers: [1, 2] }, "answers"],
    ["answers too large", { step: 1, answers: { notes: "x".repeat(4_000) } }, "answers"],
    ["an unknown field", { step: 1, answers: {}, extra: true }, "extra"],
    ["null", null, "_form"],
  ];

  it.each(invalid)("refuses %s and keeps the stored draft", async (_name, input, field) => {
    dataOf(await saveDraftAction({ step: 2, answers: { currentRole: "designer" } }));
    const before = await databaseSnapshot();
    const result = await saveDraftAction(input);
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: INVALID_INPUT_MESSAGE });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("discards only the signed-in user's draft, and discarding twice is fine", async () => {
    const other = await createUser();
    signInAs(other);
    dataOf(await saveDraftAction({ step: 1, answers: { keep: true } }));
    signInAs(user);
    dataOf(await saveDraftAction({ step: 2, answers: { drop: true } }));

    expect(await discardDraftAction(undefined)).toEqual({ ok: true, data: { discarded: true } });
    expect(await findDraft(user.id)).toBeNull();
    expect(await discardDraftAction({})).toEqual({ ok: true, data: { discarded: true } });
    expect(await findDraft(other.id)).toEqual({ step: 1, answers: { keep: true } });
  });

  it("refuses unknown fields when discarding", async () => {
    dataOf(await saveDraftAction({ step: 2, answers: {} }));
    const result = await discardDraftAction({ userId: "someone-else" });
    expect(result).toMatchObject({ ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: { userId: ["Unknown field: userId"] } });
    expect(await findDraft(user.id)).not.toBeNull();
  });

  it("rejects visitors on both actions and changes nothing", async () => {
    dataOf(await saveDraftAction({ step: 2, answers: { currentRole: "designer" } }));
    const before = await databaseSnapshot();
    signInAs(null);
    expect(await saveDraftAction({ step: 3, answers: {} })).toEqual(SIGNED_OUT);
    expect(await discardDraftAction(undefined)).toEqual(SIGNED_OUT);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
