/**
 * One scale in words for every surface a person reads (results, history, shared page, emails, Markdown,
 * print): skill areas as levels against their targets, paths by rank and words, readiness by its band first.
 * The per-area 0–100 score and the path fit stay in the stored result, the API and the JSON export only
 * (docs: readings, "The first ten minutes"): the same level scored differently by area read as a contradiction.
 */
import { SKILL_LEVELS } from "./skills";
import { readinessBand, type ReadinessBand } from "./readiness-band";
import type { StoredPathResult } from "./schemas";

const countWords = ["no", "one", "two", "three", "four"] as const;

/** "one level", "two levels" */
export function levelsInWords(count: number): string {
  const n = Math.abs(count);
  return `${countWords[n] ?? String(n)} ${n === 1 ? "level" : "levels"}`;
}

/** "level 2 of 5, target 3: one level to go"; "level 3 of 5, target 3: target met"; "… target 3: one level above". */
export function levelAgainstTarget(rating: number, target: number): string {
  const diff = target - rating;
  const verdict = diff > 0 ? `${levelsInWords(diff)} to go` : diff === 0 ? "target met" : `${levelsInWords(diff)} above`;
  return `level ${rating} of ${SKILL_LEVELS.length}, target ${target}: ${verdict}`;
}

/** A change in levels, signed: "+1 level", "−2 levels", "no change". */
export function levelChange(delta: number): string {
  if (delta === 0) return "no change";
  return `${delta > 0 ? "+" : "−"}${Math.abs(delta)} ${Math.abs(delta) === 1 ? "level" : "levels"}`;
}

/** "Building (57 of 100)": the band word first, the figure after it. */
export function readinessInWords(readiness: number): string {
  return `${readinessBand(readiness).label} (${readiness} of 100)`;
}

/**
 * The band's sentence, kept true to the strengths box: "Building" promises real strengths only when the
 * result names at least one.
 */
export function readinessMeaning(band: ReadinessBand, strengthCount: number): string {
  if (band.key === "building" && strengthCount === 0) {
    return "You have a base to build on, and a few focused gaps stand between you and an entry-level PM role.";
  }
  return band.meaning;
}

export interface PathStanding {
  /** "Best fit", "Close call", "Second", "Third" or "Not open to you now". */
  label: string;
  /** Set when the path is closed to the person: "Not open to you now, because you're between jobs, …". */
  notOpen?: string;
}

const ordinals = ["Best fit", "Second", "Third"] as const;

function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * Where a path stands, in words: its rank, "Close call" for the top two when they are close, and for a path
 * whose fit is 0 (an internal move with no employer) why it is not open now, from its first con.
 */
export function pathStanding(path: Pick<StoredPathResult, "fit" | "cons" | "reasons">, index: number, closeCall: boolean): PathStanding {
  if (path.fit === 0) {
    const because = path.cons?.[0] ?? path.reasons.at(-1);
    return {
      label: "Not open to you now",
      notOpen: because ? `Not open to you now, because ${lowerFirst(because)}` : "Not open to you now.",
    };
  }
  if (closeCall && index < 2) return { label: index === 0 ? "Best fit (close call)" : "Close call" };
  return { label: ordinals[index] ?? `Number ${index + 1}` };
}
