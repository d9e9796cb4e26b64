import type { SkillArea } from "@/domain/assessment/schemas";
import { PRACTICE_TYPES, type PracticeType } from "./model";

export interface ScoredSession {
  type: PracticeType;
  heldOn: string;
  scores: Partial<Record<SkillArea, number>>;
}

export interface AreaPoint {
  heldOn: string;
  score: number;
}

/** Each area's self-scores in date order: the lines of the practice chart. */
export function scoresByArea(sessions: readonly ScoredSession[]): Partial<Record<SkillArea, AreaPoint[]>> {
  const lines: Partial<Record<SkillArea, AreaPoint[]>> = {};
  const ordered = [...sessions].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  for (const session of ordered) {
    for (const [area, score] of Object.entries(session.scores) as [SkillArea, number][]) {
      (lines[area] ??= []).push({ heldOn: session.heldOn, score });
    }
  }
  return lines;
}

export interface TypeSummary {
  type: PracticeType;
  sessions: number;
  /** Mean of all self-scores in sessions of this type, one decimal; null without sessions. */
  averageScore: number | null;
  lastHeldOn: string | null;
}

export function summaryByType(sessions: readonly ScoredSession[]): TypeSummary[] {
  return PRACTICE_TYPES.map((type) => {
    const ofType = sessions.filter((s) => s.type === type);
    const scores = ofType.flatMap((s) => Object.values(s.scores));
    const averageScore = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null;
    const lastHeldOn =
      ofType
        .map((s) => s.heldOn)
        .sort()
        .at(-1) ?? null;
    return { type, sessions: ofType.length, averageScore, lastHeldOn };
  });
}

/** Sessions held from `from` to `to` inclusive (days in the user's zone), e.g. this week's practice. */
export function sessionsBetween<T extends { heldOn: string }>(sessions: readonly T[], from: string, to: string): T[] {
  return sessions.filter((s) => s.heldOn >= from && s.heldOn <= to);
}

export interface QuestionsByMonth {
  /** "YYYY-MM" in the user's calendar. */
  month: string;
  counts: Record<PracticeType, number>;
}

/** Bank questions practised per month and type, oldest month first: how the practice mix moves over time. */
export function questionsByTypeOverTime(
  sessions: readonly { type: PracticeType; heldOn: string; questionId: string | null }[],
): QuestionsByMonth[] {
  const months = new Map<string, Record<PracticeType, number>>();
  for (const session of sessions) {
    if (!session.questionId) continue;
    const month = session.heldOn.slice(0, 7);
    const counts = months.get(month) ?? (Object.fromEntries(PRACTICE_TYPES.map((t) => [t, 0])) as Record<PracticeType, number>);
    counts[session.type] += 1;
    months.set(month, counts);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, counts]) => ({ month, counts }));
}
