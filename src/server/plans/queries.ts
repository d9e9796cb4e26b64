import "server-only";
import type { TransitionPath } from "@/domain/assessment";
import { isItemStatus, isPlanItemCategory, isPlanPhase, type ItemStatus, type PlanItemCategory, type PlanPhase } from "@/domain/plan";
import { resourcesForTemplate, type ResourceLink } from "@/domain/resource";
import { db } from "@/server/db";
import { activePlanOf } from "./rows";

/** A plan item as the UI sees it: plain, serialisable data (dates as ISO strings). */
export interface PlanItemView {
  id: string;
  templateKey: string | null;
  title: string;
  why: string;
  detail: string;
  category: PlanItemCategory;
  phase: PlanPhase;
  position: number;
  skillArea: string | null;
  status: ItemStatus;
  note: string;
  custom: boolean;
  statusChangedAt: string | null;
  archivedAt: string | null;
  version: number;
  /** Curated resources for the step, looked up by template key (data shipped with the app, not stored). */
  resources: ResourceLink[];
  /** When a "remind me on…" email is set for (ISO), on the active plan's items; null when none. */
  remindAt?: string | null;
}

export interface PlanView {
  id: string;
  path: TransitionPath;
  assessmentId: string | null;
  createdAt: string;
  targetDate: string;
  /** Active items, by phase then position. */
  items: PlanItemView[];
  /** Items a plan update set aside; restorable. */
  archivedItems: PlanItemView[];
}

type PlanItemRow = Awaited<ReturnType<typeof db.planItem.findFirstOrThrow>>;

export function toItemView(row: PlanItemRow): PlanItemView {
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

/** One item of one of the user's plans; another user's item and a missing one both give null. */
export async function findOwnedItem(userId: string, itemId: string): Promise<PlanItemView | null> {
  const row = await db.planItem.findFirst({ where: { id: itemId, plan: { userId } } });
  return row ? toItemView(row) : null;
}

/** The plans the user has had, newest first (at most `limit`), with item counts for the history page. */
export async function listPlans(userId: string, limit = 365) {
  return db.plan.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, path: true, createdAt: true, archivedAt: true, _count: { select: { items: true } } },
  });
}
