// Shared data and shortcuts for the assessment and plan integration tests. Everything here goes
// through the real actions and the real database; only the signed-in user is chosen by the test.
import { expect } from "vitest";
import { signInAs } from "./session";
import type { AssessmentInput } from "@/domain/assessment";
import type { ActionResult } from "@/server/action";
import { saveAssessmentAction } from "@/server/assessment/actions";
import { createPlanAction } from "@/server/plan/actions";
import { findActivePlan } from "@/server/plan/queries";
import type { PlanView } from "@/shared/plan-view";
import { createUser } from "./db";
import { SAMPLE_INPUT } from "./seed";

/** An engineer at a company with PMs (the seed data's SAMPLE_INPUT). */
export const ENGINEER: AssessmentInput = SAMPLE_INPUT;

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

/** A string of `length` characters. */
export const text = (length: number) => "x".repeat(length);
