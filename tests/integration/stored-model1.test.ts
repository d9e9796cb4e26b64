/**
 * Nothing stored is lost with model 2: an assessment saved by model 1 (input without `employment`, tenure
 * longer than experience, result without pros/cons/closeCall/bridge) still opens as it was scored, compares
 * with a model 2 result (marked as a change of model), and still builds and exports a plan.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { MODEL_VERSION, scoreAssessment } from "@/domain/assessment";
import { compareAssessments } from "@/domain/assessment/compare";
import { findAssessment, previousAssessment } from "@/server/assessment/queries";
import { listAssessmentHistory } from "@/server/history/queries";
import { createPlanAction } from "@/server/plan/actions";
import { findActivePlan } from "@/server/plan/queries";
import { GET as exportMarkdown } from "@/app/api/v1/plan/export.md/route";
import { GET as exportAccount } from "@/app/api/v1/me/export/route";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { ENGINEER, dataOf, savedAssessment, type TestUser } from "../support/fixtures";

/** A model 1 row: the v1 input (no employment; tenure 5 > experience 3, legal then) and a v1-shaped result. */
async function storeModel1Assessment(user: TestUser): Promise<{ id: string; input: Record<string, unknown> }> {
  const { employment: _e, ...v1 } = ENGINEER;
  const input = { ...v1, yearsExperience: 3, company: { ...ENGINEER.company, tenureYears: 5 } };
  const fresh = scoreAssessment({ ...ENGINEER, yearsExperience: 5 });
  const strip = <T extends { pros?: unknown; cons?: unknown }>({ pros: _p, cons: _c, ...rest }: T) => rest;
  const { closeCall: _cc, bridge: _b, ...restOfResult } = fresh;
  const result = {
    ...restOfResult,
    paths: fresh.paths.map(strip),
    recommendedPath: strip(fresh.recommendedPath),
    modelVersion: "2026.11-1",
  };
  const row = await db.assessment.create({
    data: {
      userId: user.id,
      input,
      result: JSON.parse(JSON.stringify(result)) as object,
      modelVersion: "2026.11-1",
      readiness: result.readiness,
      recommendedPath: result.recommendedPath.path,
      createdAt: new Date("2026-10-01T10:00:00Z"),
    },
  });
  return { id: row.id, input };
}

describe(`stored model 1 assessments on ${testDbProvider}`, () => {
  let user: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    user = await createUser();
    signInAs(user);
  });

  it("open as they were scored, their input read as employed, their result unchanged", async () => {
    const { id } = await storeModel1Assessment(user);
    const found = await findAssessment(user.id, id);
    expect(found!.modelVersion).toBe("2026.11-1");
    expect(found!.input).toMatchObject({ employment: "employed", yearsExperience: 3, company: { tenureYears: 5 } });
    expect(found!.result.paths[0]!.pros).toBeUndefined();
    expect(found!.result.bridge).toBeUndefined();
    expect(found!.result.modelVersion).toBe("2026.11-1");
  });

  it("compare with a model 2 result, marked as a change of model, in the history too", async () => {
    const { id: oldId } = await storeModel1Assessment(user);
    const newId = await savedAssessment(user, ENGINEER);
    const [previous, current] = [await previousAssessment(user.id, newId), await findAssessment(user.id, newId)];
    expect(previous!.id).toBe(oldId);
    expect(current!.modelVersion).toBe(MODEL_VERSION);
    const changes = compareAssessments(previous!.result, current!.result);
    expect(changes.modelChanged).toBe(true);
    expect(changes.paths).toHaveLength(3);
    const history = await listAssessmentHistory(user.id);
    expect(history.map((h) => h.result.modelVersion)).toEqual(["2026.11-1", MODEL_VERSION]);
  });

  it("still build a plan, and the plan exports", async () => {
    const { id } = await storeModel1Assessment(user);
    const { planId } = dataOf(await createPlanAction({ assessmentId: id }));
    const plan = await findActivePlan(user.id);
    expect(plan!.id).toBe(planId);
    expect(plan!.items.length).toBeGreaterThan(5);
    const response = await exportMarkdown();
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^# /m);
  });

  it("are in the account export as stored", async () => {
    const { id, input } = await storeModel1Assessment(user);
    const response = await exportAccount();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(id);
    const data = JSON.parse(text) as { assessments: { id: string; input: unknown; modelVersion: string }[] };
    const exported = data.assessments.find((a) => a.id === id)!;
    expect(exported).toMatchObject({ modelVersion: "2026.11-1", input });
  });
});
