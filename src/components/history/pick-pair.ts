import type { NumberedSummary } from "./assessment-names";

export interface PickedPair<T extends NumberedSummary = NumberedSummary> {
  /** The older of the two (shown on the left). */
  from: T;
  /** The newer of the two. */
  to: T;
  /** Set when the request named an assessment we don't have, or the same one twice. */
  notice?: string;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Which two assessments to compare: ?a= and ?b= when both are the user's (ids of other users simply
 * aren't in the list), else the first against the latest — the longest view of what moved. The older
 * one always goes on the left so that every change reads "from → to".
 */
export function pickPair<T extends NumberedSummary>(
  assessments: readonly T[],
  a: string | string[] | undefined,
  b: string | string[] | undefined,
): PickedPair<T> | null {
  if (assessments.length < 2) return null;
  const fallback = { from: assessments[0]!, to: assessments[assessments.length - 1]! };
  const aId = first(a);
  const bId = first(b);
  if (!aId && !bId) return fallback;
  const left = assessments.find((x) => x.id === aId);
  const right = assessments.find((x) => x.id === bId);
  if (!left || !right) return { ...fallback, notice: "We couldn't find one of those assessments, so here are your first and latest." };
  if (left.id === right.id) return { ...fallback, notice: "You picked the same assessment twice, so here are your first and latest." };
  return left.number < right.number ? { from: left, to: right } : { from: right, to: left };
}
