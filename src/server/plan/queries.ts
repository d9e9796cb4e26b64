import "server-only";
import type { TransitionPath } from "@/domain/assessment";
import { db } from "@/server/db";
import { loadPlanUpdate, type PlanUpdateState } from "./update";
import { activePlanOf, toItemView } from "./rows";
import type { PlanItemView, PlanView } from "@/shared/plan-view";

/** The board's list without what only an opened step shows: a template step's text and its resources. */
export function compactPlanItems(items: readonly PlanItemView[]): PlanItemView[] {
  return items.map((item) => ({
    ...item,
    // A custom step's description is the user's own words and editable in place: it stays.
    detail: item.custom ? item.detail : "",
    resources: [],
    deferredResources: item.resources.length,
  }));
}

const ITEM_ORDER = [{ phase: "asc" as const }, { position: "asc" as const }, { createdAt: "asc" as const }];

/** The user's active plan with its items, or null when they have none. */
export async function findActivePlan(userId: string): Promise<PlanView | null> {
  const plan = await db.plan.findFirst({
    where: activePlanOf(userId),
    orderBy: { createdAt: "desc" },
    include: { items: { orderBy: ITEM_ORDER } },
  });
  if (!plan) return null;
  const reminders = await db.reminder.findMany({
    where: { userId, kind: "plan-item", targetId: { in: plan.items.map((item) => item.id) } },
    select: { targetId: true, remindAt: true },
  });
  const remindAt = new Map(reminders.map((r) => [r.targetId, r.remindAt.toISOString()]));
  const items = plan.items.map((row) => ({ ...toItemView(row), remindAt: remindAt.get(row.id) ?? null }));
  return {
    id: plan.id,
    path: plan.path as TransitionPath,
    assessmentId: plan.assessmentId,
    createdAt: plan.createdAt.toISOString(),
    targetDate: plan.targetDate.toISOString(),
    items: items.filter((item) => item.archivedAt === null),
    archivedItems: items.filter((item) => item.archivedAt !== null),
  };
}

/**
 * One item of one of the user's plans; another user's item and a missing one both give null.
 * @internal Read by the integration tests only (knip --production skips @internal exports).
 */
export async function findOwnedItem(userId: string, itemId: string): Promise<PlanItemView | null> {
  const row = await db.planItem.findFirst({ where: { id: itemId, plan: { userId } } });
  return row ? toItemView(row) : null;
}

/**
 * The plans the user has had, newest first (at most `limit`), with item counts for the history page.
 * @internal Read by the integration tests only (knip --production skips @internal exports).
 */
export async function listPlans(userId: string, limit = 365) {
  return db.plan.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, path: true, createdAt: true, archivedAt: true, _count: { select: { items: true } } },
  });
}

/**
 * What /plan/update shows: the merge that confirming would apply now, for one of the user's assessments
 * and a path (default: its recommendation). Another user's assessment and a missing one are "not-found".
 */
export function findPlanUpdate(userId: string, assessmentId: string, path?: TransitionPath): Promise<PlanUpdateState> {
  return loadPlanUpdate(db, userId, assessmentId, path);
}
