import { AREA_WEIGHTS } from "@/domain/assessment/scoring";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { SKILL_MODEL } from "@/domain/assessment/skills";
import { addDays } from "@/domain/calendar";
import { PRACTICE_TYPES } from "@/domain/practice/model";
import { QUESTIONS } from "./bank";
import type { Question } from "./types";

/** A question practised this recently is not suggested again. */
export const RECENT_PRACTICE_DAYS = 14;
/** Practice and partner scores averaged per area: the latest this many. */
export const RECENT_SCORES = 3;

export interface WeaknessSignals {
  /** The latest self-assessment's ratings; null with no assessment yet. */
  latestRating: Partial<Record<SkillArea, number>> | null;
  /** The latest mentor rating (from a share link), if any. */
  latestMentorRating: Partial<Record<SkillArea, number>> | null;
  /** Practice self-scores and partner scores, each with its day; any order. */
  scores: readonly { area: SkillArea; score: number; heldOn: string }[];
}

export interface AreaWeakness {
  area: SkillArea;
  /** target − the lowest signal present; positive means below target. */
  weakness: number;
}

/**
 * Each area's weakness: target − min(latest rating, latest mentor rating, mean of the last 3 practice or
 * partner scores), over the signals present. Areas without any signal are left out. Ranked by weakness,
 * then the area's weight, then the model's order.
 */
export function areaWeaknesses(signals: WeaknessSignals): AreaWeakness[] {
  const rows: AreaWeakness[] = [];
  for (const area of SKILL_AREAS) {
    const present: number[] = [];
    const own = signals.latestRating?.[area];
    if (own !== undefined) present.push(own);
    const mentor = signals.latestMentorRating?.[area];
    if (mentor !== undefined) present.push(mentor);
    const recent = signals.scores
      .filter((s) => s.area === area)
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
      .slice(-RECENT_SCORES);
    if (recent.length > 0) present.push(recent.reduce((sum, s) => sum + s.score, 0) / recent.length);
    if (present.length > 0) rows.push({ area, weakness: SKILL_MODEL[area].target - Math.min(...present) });
  }
  const order = (area: SkillArea) => SKILL_AREAS.indexOf(area);
  return rows.sort((a, b) => b.weakness - a.weakness || AREA_WEIGHTS[b.area] - AREA_WEIGHTS[a.area] || order(a.area) - order(b.area));
}

export interface Suggestion {
  question: Question;
  /** The weak area it was picked for; null when picked to mix the types (no assessment yet). */
  area: SkillArea | null;
}

export interface SuggestInput extends WeaknessSignals {
  /** Questions already practised, with the day (the user's calendar). */
  practised: readonly { questionId: string; heldOn: string }[];
  /** Today in the user's zone. */
  today: string;
  limit?: number;
}

/**
 * The next questions to practise. Questions practised in the last 14 days are skipped. With no assessment
 * yet, one entry-level question of each type in turn. Otherwise, areas below target in weakness order, one
 * question per area in turn, until `limit`; a question counts for the first weak area it tests.
 */
export function suggestQuestions(input: SuggestInput, questions: readonly Question[] = QUESTIONS): Suggestion[] {
  const limit = input.limit ?? 5;
  const since = addDays(input.today, -RECENT_PRACTICE_DAYS);
  const recent = new Set(input.practised.filter((p) => p.heldOn > since).map((p) => p.questionId));
  const fresh = questions.filter((q) => !recent.has(q.id));
  const picked: Suggestion[] = [];
  const taken = new Set<string>();
  const roundRobin = (queues: { area: SkillArea | null; items: Question[] }[]) => {
    let progressed = true;
    while (picked.length < limit && progressed) {
      progressed = false;
      for (const queue of queues) {
        const next = queue.items.find((q) => !taken.has(q.id));
        if (!next || picked.length >= limit) continue;
        taken.add(next.id);
        picked.push({ question: next, area: queue.area });
        progressed = true;
      }
    }
  };
  if (input.latestRating === null) {
    roundRobin(PRACTICE_TYPES.map((type) => ({ area: null, items: fresh.filter((q) => q.type === type && q.difficulty === "entry") })));
    return picked;
  }
  const weak = areaWeaknesses(input).filter((row) => row.weakness > 0);
  roundRobin(weak.map(({ area }) => ({ area, items: fresh.filter((q) => q.areas.includes(area)) })));
  return picked;
}
