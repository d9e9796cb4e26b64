/**
 * When to suggest re-assessing: a month after the last assessment (skills move over weeks, not days,
 * and the plan's 60-day check-in falls in that rhythm), or once most of the plan is done, because the
 * next plan should come from a fresh picture. Also flags a plan that no longer follows the latest
 * recommendation. Pure: `now` is passed in.
 */
import type { TransitionPath } from "@/domain/assessment/schemas";
import { daysBetween } from "./dates";

export const REASSESS_AFTER_DAYS = 30;
export const REASSESS_AT_PERCENT = 80;

export type ReassessReason = "time" | "progress";

export interface ContinuityInput {
  lastAssessmentAt: Date;
  /** The active plan's progress, 0–100; null when there is no plan. */
  planPercent: number | null;
  now: Date;
  /** The latest assessment's recommendation and the active plan's path, when both exist. */
  recommendedPath?: TransitionPath | null;
  planPath?: TransitionPath | null;
}

export interface Continuity {
  /** Whole days since the last assessment; never negative. */
  daysSinceAssessment: number;
  suggestReassess: boolean;
  /** Why, in a fixed order: time first, then progress. Empty when not suggested. */
  reasons: ReassessReason[];
  /** True when the plan follows a different path than the latest assessment recommends. */
  pathDiffers: boolean;
}

export function continuityAdvice({ lastAssessmentAt, planPercent, now, recommendedPath, planPath }: ContinuityInput): Continuity {
  const daysSinceAssessment = Math.max(0, daysBetween(lastAssessmentAt, now));
  const reasons: ReassessReason[] = [];
  if (daysSinceAssessment >= REASSESS_AFTER_DAYS) reasons.push("time");
  if (planPercent !== null && planPercent >= REASSESS_AT_PERCENT) reasons.push("progress");
  return {
    daysSinceAssessment,
    suggestReassess: reasons.length > 0,
    reasons,
    pathDiffers: Boolean(recommendedPath && planPath && recommendedPath !== planPath),
  };
}

/** "today", "yesterday", "12 days ago" */
export function daysAgo(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}
