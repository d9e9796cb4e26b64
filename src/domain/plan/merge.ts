/**
 * Reconciling an existing plan with a freshly generated one after the user changes path (or re-assesses).
 *
 * Rules, in the order they are applied:
 * - A generated item that matches an existing item is not added; the existing one is kept, or restored
 *   if it had been archived. Match = same templateKey, else the same title (so a custom item the user
 *   already wrote isn't duplicated). Active items are matched before archived ones.
 * - Done and skipped items are kept untouched, dates included: finished work is never lost.
 * - In-progress items are kept.
 * - Custom items and items with a note are never archived: they hold the user's own words.
 * - Anything else (an untouched template item, status todo, no note) that no longer applies is archived,
 *   not deleted, so a later change back can restore it.
 * - Items already archived that still don't apply stay archived.
 * Every existing item lands in exactly one of keep / restore / archive / stillArchived.
 */
import { PATH_WORDS } from "./context";
import type { TransitionPath } from "@/domain/assessment/schemas";
import type { GeneratedItem, ItemStatus, PlanPhase } from "./model";
import { isArchived } from "./progress";

/** The fields of a stored PlanItem the merge needs. Persistence may pass its full rows. */
export interface ExistingItem {
  id: string;
  templateKey: string | null;
  title: string;
  phase: PlanPhase;
  position: number;
  status: ItemStatus;
  note: string;
  custom: boolean;
  statusChangedAt?: Date | null;
  archivedAt?: Date | null;
}

export interface PlanMerge<T extends ExistingItem = ExistingItem> {
  /** New items to insert, positioned after the active items of their phase. */
  add: GeneratedItem[];
  /** Active items that stay exactly as they are. */
  keep: T[];
  /** Archived items that apply again: clear archivedAt. */
  restore: T[];
  /** Active items that no longer apply: set archivedAt. */
  archive: T[];
  /** Archived items that still don't apply: leave alone. */
  stillArchived: T[];
}

export interface PlanPathChangeInput<T extends ExistingItem> {
  existing: readonly T[];
  generated: readonly GeneratedItem[];
}

const normalise = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");

/** Items holding something of the user's own, or work under way, are never archived. */
function isProtected(item: ExistingItem): boolean {
  return item.custom || item.templateKey === null || item.note.trim() !== "" || item.status !== "todo";
}

export function planPathChange<T extends ExistingItem>({ existing, generated }: PlanPathChangeInput<T>): PlanMerge<T> {
  const matched = new Set<T>();
  const unmatched: GeneratedItem[] = [];
  const find = (pred: (e: T) => boolean) => existing.find((e) => !matched.has(e) && pred(e));

  for (const g of generated) {
    const title = normalise(g.title);
    const match =
      find((e) => e.templateKey === g.templateKey && !isArchived(e)) ??
      find((e) => e.templateKey === g.templateKey) ??
      find((e) => normalise(e.title) === title && !isArchived(e)) ??
      find((e) => normalise(e.title) === title);
    if (match) matched.add(match);
    else unmatched.push(g);
  }

  const merge: PlanMerge<T> = { add: [], keep: [], restore: [], archive: [], stillArchived: [] };
  for (const e of existing) {
    if (matched.has(e)) (isArchived(e) ? merge.restore : merge.keep).push(e);
    else if (isArchived(e)) merge.stillArchived.push(e);
    else if (isProtected(e)) merge.keep.push(e);
    else merge.archive.push(e);
  }

  // New items go after whatever stays active in their phase, in generated order.
  const next: Record<PlanPhase, number> = { 1: 0, 2: 0, 3: 0 };
  for (const e of [...merge.keep, ...merge.restore]) next[e.phase] = Math.max(next[e.phase], e.position + 1);
  merge.add = unmatched.map((g) => ({ ...g, position: next[g.phase]++ }));
  return merge;
}

export interface MergeSummary {
  added: number;
  restored: number;
  archived: number;
  keptDone: number;
  keptSkipped: number;
  keptInProgress: number;
  /** To-do items kept because the user wrote them or added a note. */
  keptOwn: number;
  /** To-do template items that apply to the new plan too. */
  keptStillApply: number;
}

export function summarizeMerge(merge: PlanMerge): MergeSummary {
  const kept = (pred: (e: ExistingItem) => boolean) => merge.keep.filter(pred).length;
  const own = (e: ExistingItem) => e.status === "todo" && isProtected(e);
  return {
    added: merge.add.length,
    restored: merge.restore.length,
    archived: merge.archive.length,
    keptDone: kept((e) => e.status === "done"),
    keptSkipped: kept((e) => e.status === "skipped"),
    keptInProgress: kept((e) => e.status === "in_progress"),
    keptOwn: kept(own),
    keptStillApply: kept((e) => e.status === "todo" && !own(e)),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A one-line preview of a merge, for the screen where the user confirms a path change, e.g.
 * "3 new items for the startup path; 4 untouched items no longer apply and will be archived; 5 done items kept."
 */
export function describeMerge(merge: PlanMerge, path?: TransitionPath): string {
  const s = summarizeMerge(merge);
  const forPath = path ? ` for ${PATH_WORDS[path].name}` : "";
  const changes = [
    s.added && count(s.added, "new item", "new items") + forPath,
    s.restored && count(s.restored, "archived item comes back", "archived items come back"),
    s.archived && count(s.archived, "untouched item no longer applies", "untouched items no longer apply") + " and will be archived",
  ];
  const kept = [
    s.keptDone && count(s.keptDone, "done item", "done items") + " kept",
    s.keptSkipped && count(s.keptSkipped, "skipped item", "skipped items") + " kept",
    s.keptInProgress && count(s.keptInProgress, "item in progress", "items in progress") + " kept",
    s.keptOwn && count(s.keptOwn, "item you added or made notes on", "items you added or made notes on") + " kept",
    s.keptStillApply && count(s.keptStillApply, "item still applies", "items still apply"),
  ];
  const parts = [...changes, ...kept].filter((p): p is string => typeof p === "string");
  const nothingChanges = changes.every((p) => !p);
  if (nothingChanges) return parts.length ? `No changes needed: ${parts.join("; ")}.` : "No changes needed.";
  return `${parts.join("; ")}.`;
}
