import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { scoreAssessment, type AssessmentInput } from "@/domain/assessment";
import { saveAssessmentAction } from "@/server/assessments/actions";
import { createPlanAction, setItemStatusAction } from "@/server/plans/actions";
import { findActivePlan } from "@/server/plans/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";

const input: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

describe(`plan smoke on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("saves an assessment, builds a plan and ticks an item", async () => {
    const user = await createUser();
    signInAs(user);
    const saved = await saveAssessmentAction(input);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const created = await createPlanAction({ assessmentId: saved.data.id });
    expect(created.ok).toBe(true);
    const plan = await findActivePlan(user.id);
    expect(plan?.path).toBe(scoreAssessment(input).recommendedPath.path);
    const first = plan!.items[0]!;
    const ticked = await setItemStatusAction({ itemId: first.id, status: "done", version: first.version });
    expect(ticked).toMatchObject({ ok: true, data: { item: { status: "done", version: 2 } } });
    const stale = await setItemStatusAction({ itemId: first.id, status: "todo", version: 1 });
    expect(stale).toMatchObject({ ok: false, details: { item: { status: "done", version: 2 } } });
    expect(await db.planItem.count({ where: { status: "done" } })).toBe(1);
  });
});
