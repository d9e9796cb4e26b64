import "server-only";
import type { StoredAssessmentResult, TransitionPath } from "@/domain/assessment";
import { storedResultOf } from "@/server/assessment/rows";
import { db } from "@/server/db";

/** Every read here names the user's id in its `where`: another user's rows are never reachable. */

/**
 * Upper bounds on what one history page reads, so that no account (quotas allow 30 assessments a day)
 * can make a page load unbounded rows: the newest this many are shown.
 */
export const HISTORY_LIMITS = { assessments: 365, completions: 10_000, activity: 10_000 } as const;

export interface HistoryAssessment {
  id: string;
  createdAt: Date;
  readiness: number;
  recommendedPath: TransitionPath;
  /** As scored: model 1 results lack the v2 fields. */
  result: StoredAssessmentResult;
}

/** An assessment as the timeline and the comparison pickers show it: no stored result (the heavy part). */
export type HistorySummary = Omit<HistoryAssessment, "result">;

/**
 * The user's assessments without their results, oldest first: what the history page lists. The results it
 * shows (first, latest, the compared pair) are read separately by id, so a long history costs rows, not JSON.
 */
export async function listAssessmentSummaries(userId: string): Promise<HistorySummary[]> {
  const newest = await db.assessment.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMITS.assessments,
    select: { id: true, createdAt: true, readiness: true, recommendedPath: true },
  });
  return newest.reverse().map((row) => ({ ...row, recommendedPath: row.recommendedPath as TransitionPath }));
}

/** The stored results of the user's assessments among `ids` (another user's ids are simply absent). */
export async function assessmentResults(userId: string, ids: readonly string[]): Promise<Map<string, StoredAssessmentResult>> {
  const rows = await db.assessment.findMany({
    where: { userId, id: { in: [...new Set(ids)] } },
    select: { id: true, result: true },
  });
  return new Map(rows.map((row) => [row.id, row.result as unknown as StoredAssessmentResult]));
}

/**
 * The user's assessments with their results, oldest first (the order a timeline and a chart read in).
 * @internal Read by the integration tests only (knip --production skips @internal exports).
 */
export async function listAssessmentHistory(userId: string): Promise<HistoryAssessment[]> {
  const newest = await db.assessment.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMITS.assessments,
    select: { id: true, createdAt: true, readiness: true, recommendedPath: true, result: true },
  });
  // Stored JSON was produced by scoreAssessment before it was written.
  return newest.reverse().map((row) => ({
    ...row,
    recommendedPath: row.recommendedPath as TransitionPath,
    result: storedResultOf(row.result),
  }));
}

/**
 * When each item the user has finished was marked done, across all their plans (finished work on a
 * replaced plan still counts). Read from PlanItem.statusChangedAt rather than the activity log: an item
 * ticked, unticked and ticked again is one completion, and an item un-ticked no longer counts.
 */
export async function completionDates(userId: string): Promise<Date[]> {
  const rows = await db.planItem.findMany({
    where: { plan: { userId }, status: "done", statusChangedAt: { not: null } },
    orderBy: { statusChangedAt: "desc" },
    take: HISTORY_LIMITS.completions,
    select: { statusChangedAt: true },
  });
  return rows.flatMap((row) => (row.statusChangedAt ? [row.statusChangedAt] : []));
}

/** When the user did anything worth a heatmap cell (every ActivityEvent) since `since`. */
export async function activityDates(userId: string, since: Date): Promise<Date[]> {
  const rows = await db.activityEvent.findMany({
    where: { userId, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: HISTORY_LIMITS.activity,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** When the user's first plan was created: where the weekly chart starts. */
export async function firstPlanStart(userId: string): Promise<Date | null> {
  const row = await db.plan.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}

export interface LatestAssessmentSummary {
  id: string;
  createdAt: Date;
  recommendedPath: TransitionPath;
}

/** The newest assessment without its JSON: what the continuity banner needs. */
export async function latestAssessmentSummary(userId: string): Promise<LatestAssessmentSummary | null> {
  const row = await db.assessment.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, recommendedPath: true },
  });
  return row ? { ...row, recommendedPath: row.recommendedPath as TransitionPath } : null;
}
