// Shared data and shortcuts for the assessment and plan integration tests. Everything here goes
// through the real actions and the real database; only the signed-in user is chosen by the test.
import { expect } from "vitest";
import { signInAs } from "./session";
import type { AssessmentInput } from "@/domain/assessment";
import type { ActionResult } from "@/server/action";
import { saveAssessmentAction } from "@/server/assessments/actions";
import { createPlanAction } from "@/server/plans/actions";
import { findActivePlan, type PlanView } from "@/server/plans/queries";
import { createUser, db } from "./db";

export const ENGINEER: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

export const DESIGNER: AssessmentInput = {
  currentRole: "designer",
  yearsExperience: 2,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "no" },
  riskTolerance: 5,
  wantsMentorship: 1,
  evidence: { sideProject: true, ledCrossFunctional: false, customerFacing: true },
  skills: { strategy: 1, customer_insight: 4, data: 1, technical: 2, execution: 2, communication: 4, leadership: 1, business: 1 },
};

export type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The data of a successful result; fails the test with the failure's message otherwise. */
export function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

/** Signs `user` in and saves an assessment for them; returns its id. */
export async function savedAssessment(user: TestUser, input: AssessmentInput = ENGINEER): Promise<string> {
  signInAs(user);
  return dataOf(await saveAssessmentAction(input)).id;
}

/** A user with a saved assessment and an active plan built from it; the user stays signed in. */
export async function userWithPlan(input: AssessmentInput = ENGINEER): Promise<{ user: TestUser; assessmentId: string; plan: PlanView }> {
  const user = await createUser();
  const assessmentId = await savedAssessment(user, input);
  dataOf(await createPlanAction({ assessmentId }));
  const plan = await findActivePlan(user.id);
  if (!plan) expect.fail("createPlanAction left no active plan");
  return { user, assessmentId, plan };
}

/**
 * Every row the assessment and plan actions can touch, in a stable order, so that
 * `expect(await snapshot()).toEqual(before)` proves a refused call changed nothing.
 */
export async function snapshot() {
  const byId = { orderBy: { id: "asc" as const } };
  const [assessments, drafts, plans, items, events] = await Promise.all([
    db.assessment.findMany(byId),
    db.assessmentDraft.findMany({ orderBy: { userId: "asc" } }),
    db.plan.findMany(byId),
    db.planItem.findMany(byId),
    db.activityEvent.findMany(byId),
  ]);
  return { assessments, drafts, plans, items, events };
}

/** A string of `length` characters. */
export const text = (length: number) => "x".repeat(length);
