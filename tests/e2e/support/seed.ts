// Test data created straight in the database, for browser tests that need an assessment or a plan to
// exist before the page opens.
import { createHash, randomBytes } from "node:crypto";
import { scoreAssessment, type AssessmentInput } from "../../../src/domain/assessment";
import { generatePlan } from "../../../src/domain/plan";
import { assessmentRow } from "../../../src/server/assessments/rows";
import type { Db } from "../../../src/server/db";
import { planItemRows } from "../../../src/server/plans/rows";

export const sampleInput: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

export async function seedAssessment(db: Db, userId: string, input: AssessmentInput = sampleInput, createdAt?: Date) {
  const result = scoreAssessment(input);
  return db.assessment.create({ data: { ...assessmentRow(userId, input, result), ...(createdAt ? { createdAt } : {}) } });
}

export async function seedPlan(db: Db, userId: string, assessment: { id: string; input: unknown }) {
  const input = assessment.input as AssessmentInput;
  const result = scoreAssessment(input);
  const plan = await db.plan.create({
    data: { userId, path: result.recommendedPath.path, assessmentId: assessment.id, targetDate: new Date(Date.now() + 90 * 864e5) },
  });
  await db.planItem.createMany({ data: planItemRows(plan.id, generatePlan({ input, result })) });
  return plan;
}

/** A working share link for the plan; returns the token for the URL. */
export async function seedShareLink(db: Db, userId: string, planId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.shareLink.create({ data: { userId, planId, tokenHash: createHash("sha256").update(token, "utf8").digest("hex") } });
  return token;
}
