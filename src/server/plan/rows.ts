// Plan rows: the one mapping from the plan domain to storage, and the one place a plan is created. Used by
// the plan actions, the plan update, the seed data of tests and the benchmarks, each passing its own client
// (or transaction). Relative imports: tests, the e2e seed and the benchmarks import this module outside
// Next's path aliases.
import { storedAssessmentInputSchema, storedResultAsV2, type TransitionPath } from "../../domain/assessment";
import { generatePlan, isItemStatus, isPlanItemCategory, isPlanPhase, type GeneratedItem } from "../../domain/plan";
import { resourcesForTemplate } from "../../domain/resource";
import type { PlanItemView } from "../../shared/plan-view";
import { storedResultOf } from "../assessment/rows";
import type { Db, PlanItem, Prisma } from "../db";

/** How long a new plan runs. */
export const PLAN_DAYS = 90;
import { DAY_MS } from "../../domain/duration";

/** The `where` of the user's active plan (the one not replaced by a newer plan). */
export function activePlanOf(userId: string) {
  return { userId, archivedAt: null };
}

/**
 * The position after every item of a phase, archived ones included: where an added or restored item goes,
 * so that no two items of a phase share a position. Call it in the user's turn (takeUserTurn), so that two
 * writers never read the same last position.
 */
export async function endOfPhase(db: Db | Prisma.TransactionClient, planId: string, phase: number): Promise<number> {
  const last = await db.planItem.findFirst({ where: { planId, phase }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

/** Generated plan items as PlanItem rows of `planId`. */
export function planItemRows(planId: string, items: readonly GeneratedItem[]) {
  return items.map((item) => ({
    planId,
    templateKey: item.templateKey,
    title: item.title,
    why: item.why,
    detail: item.detail,
    category: item.category,
    phase: item.phase,
    position: item.position,
    skillArea: item.skillArea ?? null,
  }));
}

/**
 * Creates a plan of `userId` from one of their stored assessments, for `path` (default: the assessment's
 * recommendation), starting `now` and running PLAN_DAYS, with its generated items. Writes nothing else:
 * archiving the previous plan, quotas and the activity log are the caller's (the plan action's) concern.
 */
export async function createPlanFor(
  db: Db | Prisma.TransactionClient,
  userId: string,
  assessment: { id: string; input: unknown; result: unknown },
  { path, now = new Date() }: { path?: TransitionPath; now?: Date } = {},
) {
  const input = storedAssessmentInputSchema.parse(assessment.input);
  const result = storedResultAsV2(storedResultOf(assessment.result), input);
  const chosenPath = path ?? result.recommendedPath.path;
  const items = generatePlan({ input, result, path: chosenPath });
  const plan = await db.plan.create({
    data: {
      userId,
      path: chosenPath,
      assessmentId: assessment.id,
      createdAt: now,
      targetDate: new Date(now.getTime() + PLAN_DAYS * DAY_MS),
    },
  });
  await db.planItem.createMany({ data: planItemRows(plan.id, items).map((row) => ({ ...row, createdAt: now })) });
  return { plan, items };
}

/** A stored plan item as the view the board and the API use. */
export function toItemView(row: PlanItem): PlanItemView {
  return {
    id: row.id,
    templateKey: row.templateKey,
    title: row.title,
    why: row.why,
    detail: row.detail,
    // Stored strings were written by our own code; the guards keep a bad row from breaking the page.
    category: isPlanItemCategory(row.category) ? row.category : "experience",
    phase: isPlanPhase(row.phase) ? row.phase : 1,
    position: row.position,
    skillArea: row.skillArea,
    status: isItemStatus(row.status) ? row.status : "todo",
    note: row.note,
    custom: row.custom,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    resources: row.templateKey ? resourcesForTemplate(row.templateKey) : [],
  };
}
