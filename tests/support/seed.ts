// Test data straight in the database, as the app would store it: assessments scored by the real engine and
// plans made by the server's own createPlanFor. The one seed for integration tests (passing the test
// database's client) and browser tests (passing theirs). Relative imports so Playwright's loader needs no
// path aliases for this file.
import { scoreAssessment, type AssessmentInput } from "../../src/domain/assessment";
import { assessmentRow } from "../../src/server/assessment/rows";
import type { Db } from "../../src/server/db";
import { createPlanFor } from "../../src/server/plan/rows";

export const SAMPLE_INPUT: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** A scored assessment of `userId`, as the save action stores it. */
export async function seedAssessment(db: Db, userId: string, input: AssessmentInput = SAMPLE_INPUT, createdAt?: Date) {
  const result = scoreAssessment(input);
  return db.assessment.create({ data: { ...assessmentRow(userId, input, result), ...(createdAt ? { createdAt } : {}) } });
}

export interface SeedPlanOptions {
  /** The assessment to build from; default: a new one of SAMPLE_INPUT. */
  assessment?: { id: string; input: unknown; result: unknown };
  /** When the plan was made; default now. */
  createdAt?: Date;
  /** Whether the first generated item is done, ticked on the plan's second day, so exports have a dated item. Default true. */
  tickFirst?: boolean;
}

/**
 * An active plan of `userId`, made by createPlanFor. Returns the plan row, its ids and path, and its item
 * titles in phase/position order.
 */
export async function seedPlan(db: Db, userId: string, { assessment, createdAt = new Date(), tickFirst = true }: SeedPlanOptions = {}) {
  const from = assessment ?? (await seedAssessment(db, userId));
  const { plan, items } = await createPlanFor(db, userId, from, { now: createdAt });
  const first = items[0]!;
  if (tickFirst) {
    await db.planItem.updateMany({
      where: { planId: plan.id, phase: first.phase, position: first.position },
      data: { status: "done", statusChangedAt: new Date(createdAt.getTime() + DAY_MS) },
    });
  }
  const ordered = [...items].sort((a, b) => a.phase - b.phase || a.position - b.position);
  return {
    plan,
    planId: plan.id,
    assessmentId: from.id,
    path: plan.path,
    titles: ordered.map((item) => item.title),
    doneTitle: tickFirst ? first.title : null,
  };
}
