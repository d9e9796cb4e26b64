import { readinessBand } from "@/domain/assessment/readiness-band";
import type { HistoryAssessment, HistorySummary } from "@/server/history/queries";

/**
 * Assessments are numbered in the order they were taken ("Assessment 2"), so two taken on the same day
 * are still told apart in the timeline, the pickers and the table headers.
 */
export type Numbered<T extends HistorySummary> = T & { number: number };
/** With its stored result (the charts and the comparison table). */
export type NumberedAssessment = Numbered<HistoryAssessment>;
/** Without it (the timeline and the pickers). */
export type NumberedSummary = Numbered<HistorySummary>;

export function numbered<T extends HistorySummary>(assessments: readonly T[]): Numbered<T>[] {
  return assessments.map((a, index) => ({ ...a, number: index + 1 }));
}

export function assessmentName(a: NumberedSummary): string {
  return `Assessment ${a.number}`;
}

const shortFormatters = new Map<string, Intl.DateTimeFormat>();
/** "3 Mar 2026", the person's day in `zone`: short enough for a phone-width picker and table header. */
export function shortDateWithYear(date: Date, zone: string): string {
  let formatter = shortFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: zone });
    shortFormatters.set(zone, formatter);
  }
  return formatter.format(date);
}

/**
 * "2 · 3 Mar 2026 · Nearly ready" (the readiness band) — for the comparison pickers, which must show every option whole on a 320 px
 * phone (tests/e2e/phone-layout.spec.ts); the pickers' labels say these are assessments.
 */
export function assessmentOption(a: NumberedSummary, zone: string): string {
  return `${a.number} · ${shortDateWithYear(a.createdAt, zone)} · ${readinessBand(a.readiness).label}`;
}
