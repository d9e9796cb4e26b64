/**
 * Progress maths for a plan. Archived items (no longer applying after a path change) are left out of
 * everything; skipped items count as dealt with, because deciding a step isn't for you is progress too.
 */
import { PLAN_ITEM_CATEGORIES, PLAN_PHASES, type ItemStatus, type PlanItemCategory, type PlanPhase } from "./model";

export interface ProgressItem {
  category: PlanItemCategory;
  phase: PlanPhase;
  status: ItemStatus;
  /** Set (a Date, or an ISO string once serialised) when the item was archived. */
  archivedAt?: Date | string | null;
}

export interface Progress {
  done: number;
  skipped: number;
  /** Items counted (archived ones excluded). */
  total: number;
  /** round((done + skipped) / total × 100); 0 when total is 0. */
  percent: number;
}

export interface PlanProgress extends Progress {
  /** Every category is present, with zeros when it has no items. */
  byCategory: Record<PlanItemCategory, Progress>;
  byPhase: Record<PlanPhase, Progress>;
}

function tally(items: readonly ProgressItem[]): Progress {
  let done = 0;
  let skipped = 0;
  for (const item of items) {
    if (item.status === "done") done += 1;
    else if (item.status === "skipped") skipped += 1;
  }
  const total = items.length;
  const percent = total === 0 ? 0 : Math.round(((done + skipped) / total) * 100);
  return { done, skipped, total, percent };
}

export function isArchived(item: { archivedAt?: Date | string | null }): boolean {
  return item.archivedAt != null;
}

export function planProgress(items: readonly ProgressItem[]): PlanProgress {
  const active = items.filter((i) => !isArchived(i));
  const byCategory = Object.fromEntries(
    PLAN_ITEM_CATEGORIES.map((cat) => [cat, tally(active.filter((i) => i.category === cat))]),
  ) as Record<PlanItemCategory, Progress>;
  const byPhase = Object.fromEntries(
    PLAN_PHASES.map((phase) => [phase, tally(active.filter((i) => i.phase === phase))]),
  ) as unknown as Record<PlanPhase, Progress>;
  return { ...tally(active), byCategory, byPhase };
}

export interface ActionableItem {
  status: ItemStatus;
  phase: PlanPhase;
  position: number;
  /** Set (a Date, or an ISO string once serialised) when the item was archived. */
  archivedAt?: Date | string | null;
}

/**
 * What to work on next: items already in progress first, then items to do, each by phase and position.
 * Done, skipped and archived items are never suggested. Returns the caller's own objects.
 */
export function nextActions<T extends ActionableItem>(items: readonly T[], limit = 3): T[] {
  const rank = (s: ItemStatus) => (s === "in_progress" ? 0 : 1);
  return items
    .filter((i) => !isArchived(i) && (i.status === "in_progress" || i.status === "todo"))
    .sort((a, b) => rank(a.status) - rank(b.status) || a.phase - b.phase || a.position - b.position)
    .slice(0, Math.max(0, limit));
}
