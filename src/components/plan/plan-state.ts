/**
 * Pure state helpers for the dashboard's plan board: the confirmed-state reducer, the optimistic changes
 * laid over it, filtering and grouping. No React here, so every rule is unit-tested on its own
 * (tests/unit/plan-state.test.ts).
 */
import { ITEM_STATUSES, PLAN_PHASES, nextActions, planProgress, type ItemStatus, type PlanPhase, type PlanProgress } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";

export type Direction = "up" | "down";
export type StatusFilter = "all" | ItemStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ["all", ...ITEM_STATUSES];

/** Items in display order: by phase, then position (the order findActivePlan returns). */
export function sortItems(items: readonly PlanItemView[]): PlanItemView[] {
  return [...items].sort((a, b) => a.phase - b.phase || a.position - b.position);
}

/** Replaces items by id with the server's copies; unknown ids (a newly added item) are appended. */
export function upsertItems(items: readonly PlanItemView[], fresh: readonly PlanItemView[]): PlanItemView[] {
  const byId = new Map(fresh.map((item) => [item.id, item]));
  const kept = items.map((item) => byId.get(item.id) ?? item);
  const added = fresh.filter((item) => !items.some((existing) => existing.id === item.id));
  return sortItems([...kept, ...added]);
}

/** The item that "Move up/down" swaps with: the nearest one in the same phase, or undefined at the edge. */
export function neighbourOf(items: readonly PlanItemView[], itemId: string, direction: Direction): PlanItemView | undefined {
  const item = items.find((i) => i.id === itemId);
  if (!item) return undefined;
  const samePhase = sortItems(items.filter((i) => i.phase === item.phase));
  const index = samePhase.findIndex((i) => i.id === itemId);
  return samePhase[direction === "up" ? index - 1 : index + 1];
}

/**
 * A change shown before the server confirms it. Each one is idempotent (a move is stored as the target
 * positions, not as "swap"), because React re-applies pending optimistic changes on top of newer
 * confirmed state, which may already contain the confirmed result of the very same change.
 */
export type OptimisticChange =
  | { type: "status"; itemId: string; status: ItemStatus }
  | { type: "positions"; positions: Readonly<Record<string, number>> }
  | { type: "remove"; itemId: string };

/** The optimistic change for moving an item, or null when it is already first/last in its phase. */
export function moveChange(items: readonly PlanItemView[], itemId: string, direction: Direction): OptimisticChange | null {
  const item = items.find((i) => i.id === itemId);
  const neighbour = neighbourOf(items, itemId, direction);
  if (!item || !neighbour) return null;
  return { type: "positions", positions: { [item.id]: neighbour.position, [neighbour.id]: item.position } };
}

export function applyChange(items: readonly PlanItemView[], change: OptimisticChange): PlanItemView[] {
  switch (change.type) {
    case "status":
      return items.map((item) => (item.id === change.itemId ? { ...item, status: change.status } : item));
    case "positions":
      return sortItems(
        items.map((item) => {
          const position = change.positions[item.id];
          return position === undefined ? item : { ...item, position };
        }),
      );
    case "remove":
      return items.filter((item) => item.id !== change.itemId);
  }
}

/** What the server confirmed: the only way confirmed state changes. */
export type PlanAction =
  | { type: "upsert"; items: readonly PlanItemView[] }
  | { type: "remove"; itemId: string }
  | { type: "reset"; items: readonly PlanItemView[] };

export function planReducer(items: readonly PlanItemView[], action: PlanAction): readonly PlanItemView[] {
  switch (action.type) {
    case "upsert":
      return upsertItems(items, action.items);
    case "remove":
      return items.filter((item) => item.id !== action.itemId);
    case "reset":
      return sortItems(action.items);
  }
}

export function filterByStatus(items: readonly PlanItemView[], filter: StatusFilter): PlanItemView[] {
  return filter === "all" ? [...items] : items.filter((item) => item.status === filter);
}

export function groupByPhase(items: readonly PlanItemView[]): Record<PlanPhase, PlanItemView[]> {
  const groups = { 1: [], 2: [], 3: [] } as Record<PlanPhase, PlanItemView[]>;
  for (const item of sortItems(items)) groups[item.phase].push(item);
  return groups;
}

export function statusCounts(items: readonly PlanItemView[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries(STATUS_FILTERS.map((f) => [f, 0])) as Record<StatusFilter, number>;
  for (const item of items) counts[item.status] += 1;
  counts.all = items.length;
  return counts;
}

/** Progress for the board. The view's items are all active, so archival never comes into it here. */
export function progressOf(items: readonly PlanItemView[]): PlanProgress {
  return planProgress(items.map(({ category, phase, status }) => ({ category, phase, status })));
}

/** nextActions on the view's items (whose archivedAt is a string, so they go through a plain projection). */
export function nextThree(items: readonly PlanItemView[]): PlanItemView[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const picked = nextActions(
    items.map(({ id, status, phase, position }) => ({ id, status, phase, position })),
    3,
  );
  return picked.map((p) => byId.get(p.id)!);
}

/** Every item dealt with (done or skipped) in a plan that has items. */
export function isFinished(progress: PlanProgress): boolean {
  return progress.total > 0 && progress.done + progress.skipped === progress.total;
}

/** The fresh item a stale write sends back in `details.item`, checked rather than trusted. */
export function staleItemOf(details: unknown): PlanItemView | null {
  if (typeof details !== "object" || details === null || !("item" in details)) return null;
  const item = details.item;
  if (typeof item !== "object" || item === null) return null;
  const candidate = item as Partial<PlanItemView>;
  return typeof candidate.id === "string" && typeof candidate.version === "number" && PLAN_PHASES.includes(candidate.phase as PlanPhase)
    ? (item as PlanItemView)
    : null;
}
