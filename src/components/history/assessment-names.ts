import { shortDate } from "@/domain/history";
import type { HistoryAssessment } from "@/server/history/queries";

/**
 * Assessments are numbered in the order they were taken ("Assessment 2"), so two taken on the same day
 * are still told apart in the timeline, the pickers and the table headers.
 */
export interface NumberedAssessment extends HistoryAssessment {
  number: number;
}

export function numbered(assessments: readonly HistoryAssessment[]): NumberedAssessment[] {
  return assessments.map((a, index) => ({ ...a, number: index + 1 }));
}

export function assessmentName(a: NumberedAssessment): string {
  return `Assessment ${a.number}`;
}

/** "3 Mar 2026": short enough for a phone-width picker and table header. */
export function shortDateWithYear(date: Date): string {
  return `${shortDate(date)} ${date.getUTCFullYear()}`;
}

/** "Assessment 2 · 3 Mar 2026 · readiness 63" — for the comparison pickers, which must fit a phone. */
export function assessmentOption(a: NumberedAssessment): string {
  return `${assessmentName(a)} · ${shortDateWithYear(a.createdAt)} · readiness ${a.readiness}`;
}
