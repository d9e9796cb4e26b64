import "server-only";
import { storedAssessmentInputSchema, storedResultAsV2, type AssessmentResult, type TransitionPath } from "@/domain/assessment";
import {
  generatePlan,
  isItemStatus,
  isPlanPhase,
  planPathChange,
  type ExistingItem,
  type GeneratedItem,
  type PlanMerge,
  type PlanPhase,
} from "@/domain/plan";
import type { Prisma } from "@/server/db";
import type { PlanItemView } from "@/shared/plan-view";
import { storedResultOf } from "@/server/assessment/rows";
import { activePlanOf, toItemView } from "./rows";

/**
 * Reads and merge maths shared by the /plan/update preview and applyPlanUpdateAction, so that what the
 * user confirms is computed exactly the way it is applied. Every read takes a client (the app's `db`
 * or a transaction) and names the user's id.
 */
export type Client = Prisma.TransactionClient;

export interface UpdateAssessment {
  id: string;
  createdAt: Date;
  input: unknown;
  result: AssessmentResult;
  recommendedPath: TransitionPath;
}

export interface UpdatePlan {
  id: string;
  path: TransitionPath;
  assessmentId: string | null;
}

/** A stored item as the merge sees it, carrying its version (for guarded writes) and its view (for display). */
export interface MergeItem extends ExistingItem {
  version: number;
  view: PlanItemView;
}

export type PlanUpdateState =
  | { kind: "not-found" }
  | { kind: "no-plan"; assessment: UpdateAssessment }
  | { kind: "ready"; assessment: UpdateAssessment; plan: UpdatePlan; path: TransitionPath; merge: PlanMerge<MergeItem> };

/** One of the user's assessments; another user's id and a missing one both give null. */
export async function findUpdateAssessment(client: Client, userId: string, id: string): Promise<UpdateAssessment | null> {
  const row = await client.assessment.findFirst({
    where: { id, userId },
    select: { id: true, createdAt: true, input: true, result: true, recommendedPath: true },
  });
  return row
    ? {
        ...row,
        result: storedResultAsV2(storedResultOf(row.result), storedAssessmentInputSchema.parse(row.input)),
        recommendedPath: row.recommendedPath as TransitionPath,
      }
    : null;
}

export async function findActivePlanRow(client: Client, userId: string): Promise<UpdatePlan | null> {
  const row = await client.plan.findFirst({
    where: activePlanOf(userId),
    orderBy: { createdAt: "desc" },
    select: { id: true, path: true, assessmentId: true },
  });
  return row ? { ...row, path: row.path as TransitionPath } : null;
}

/** Every item of the plan, archived ones included (they may come back). Call only with an owned plan's id. */
export async function readMergeItems(client: Client, planId: string): Promise<MergeItem[]> {
  const rows = await client.planItem.findMany({
    where: { planId },
    orderBy: [{ phase: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    templateKey: row.templateKey,
    title: row.title,
    phase: isPlanPhase(row.phase) ? row.phase : 1,
    position: row.position,
    status: isItemStatus(row.status) ? row.status : "todo",
    note: row.note,
    custom: row.custom,
    statusChangedAt: row.statusChangedAt,
    archivedAt: row.archivedAt,
    version: row.version,
    view: toItemView(row),
  }));
}

/** The merge of the plan's items with a plan freshly generated from `assessment` for `path`. */
export function mergeForPath(assessment: UpdateAssessment, path: TransitionPath, items: readonly MergeItem[]): PlanMerge<MergeItem> {
  const input = storedAssessmentInputSchema.parse(assessment.input);
  const generated = generatePlan({ input, result: assessment.result, path });
  return planPathChange({ existing: items, generated });
}

/** What the preview page shows: the merge that confirming would apply right now. */
export async function loadPlanUpdate(
  client: Client,
  userId: string,
  assessmentId: string,
  requestedPath?: TransitionPath,
): Promise<PlanUpdateState> {
  const assessment = await findUpdateAssessment(client, userId, assessmentId);
  if (!assessment) return { kind: "not-found" };
  const plan = await findActivePlanRow(client, userId);
  if (!plan) return { kind: "no-plan", assessment };
  const path = requestedPath ?? assessment.recommendedPath;
  const merge = mergeForPath(assessment, path, await readMergeItems(client, plan.id));
  return { kind: "ready", assessment, plan, path, merge };
}

export interface Placement {
  /** Restored item id → its position once back. */
  restored: Map<string, number>;
  /** New items with their final positions. */
  add: GeneratedItem[];
}

/**
 * Final positions. A restored item keeps its old position unless an item that stayed active has taken
 * it meanwhile (positions are reused after archiving); then it goes to the end of its phase. New items
 * follow everything active in their phase. No two active items of a phase end up sharing a position,
 * which the move-up/move-down action relies on.
 */
export function placeItems(merge: PlanMerge<MergeItem>): Placement {
  const used: Record<PlanPhase, Set<number>> = { 1: new Set(), 2: new Set(), 3: new Set() };
  const next = (phase: PlanPhase) => Math.max(-1, ...used[phase]) + 1;
  for (const item of merge.keep) used[item.phase].add(item.position);

  const restored = new Map<string, number>();
  for (const item of [...merge.restore].sort((a, b) => a.position - b.position)) {
    const position = used[item.phase].has(item.position) ? next(item.phase) : item.position;
    used[item.phase].add(position);
    restored.set(item.id, position);
  }
  const add = merge.add.map((item) => {
    const position = next(item.phase);
    used[item.phase].add(position);
    return { ...item, position };
  });
  return { restored, add };
}
