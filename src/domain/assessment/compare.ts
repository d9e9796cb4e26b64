/**
 * What changed between two assessments of the same person: the figures a "since last time" view shows.
 * Pure: takes two stored results (the older first) and returns plain data. Areas and paths are matched by
 * key, so a result from an older scoring model that lacks an entry simply yields no delta for it.
 */
import { SKILL_AREAS, type AssessmentInput, type SkillArea, type StoredAssessmentResult, type TransitionPath } from "./schemas";
import { scoreAssessment } from "./scoring";

/**
 * Why the recommendation changed: "model" when today's model, given the previous answers, already
 * recommends today's path; "answers" when today's model would have kept the previous path for the previous
 * answers; "both" when neither alone explains it. Unset when the recommendation didn't change, or when the
 * previous answers weren't given and the models differ (say only that the model changed).
 */
export type RecommendationChangeCause = "model" | "answers" | "both";

export interface ReadinessChange {
  from: number;
  to: number;
  /** to − from */
  delta: number;
}

export interface AreaChange {
  area: SkillArea;
  ratingFrom: number;
  ratingTo: number;
  ratingDelta: number;
  scoreFrom: number;
  scoreTo: number;
  scoreDelta: number;
}

export interface PathChange {
  path: TransitionPath;
  fitFrom: number;
  fitTo: number;
  fitDelta: number;
  /** Reasons this path carries now that it did not carry last time. */
  reasonsAppeared: string[];
  /** Reasons this path carried last time and no longer does. */
  reasonsDisappeared: string[];
}

export interface RecommendationChange {
  from: TransitionPath;
  to: TransitionPath;
  changed: boolean;
  /** Reasons behind today's recommendation that were not behind the previous one. */
  reasonsAppeared: string[];
  /** Reasons behind the previous recommendation that are not behind today's. */
  reasonsDisappeared: string[];
  /** Model 3: what moved the recommendation, when it changed (see RecommendationChangeCause). */
  cause?: RecommendationChangeCause;
}

export interface AssessmentChanges {
  readiness: ReadinessChange;
  /** In SKILL_AREAS order; only areas present in both results. */
  areas: AreaChange[];
  recommendation: RecommendationChange;
  /** In today's ranking order; only paths present in both results. */
  paths: PathChange[];
  /** Areas that were gaps last time and meet their target now. */
  gapsClosed: SkillArea[];
  /** Areas that are gaps now and were not last time. */
  newGaps: SkillArea[];
  /** True when the two results came from different scoring models, so some movement may be the model's. */
  modelChanged: boolean;
}

/** Items of `after` missing from `before`, in `after`'s order. */
function added(before: readonly string[], after: readonly string[]): string[] {
  const seen = new Set(before);
  return after.filter((item) => !seen.has(item));
}

/**
 * What moved a changed recommendation. Re-scores the previous answers with today's model: if that gives
 * today's path, the model moved it; if it keeps the previous path, the answers did; otherwise both.
 */
export function causeOfChange(
  previous: StoredAssessmentResult,
  current: StoredAssessmentResult,
  previousInput?: AssessmentInput,
): RecommendationChangeCause | undefined {
  const from = previous.recommendedPath.path;
  const to = current.recommendedPath.path;
  if (from === to) return undefined;
  if ((previous.modelVersion ?? null) === (current.modelVersion ?? null)) return "answers";
  if (!previousInput) return undefined;
  const rescored = scoreAssessment(previousInput).recommendedPath.path;
  if (rescored === to) return "model";
  if (rescored === from) return "answers";
  return "both";
}

/**
 * The changes between two results, the older first. `previousInput` (the older assessment's answers) lets a
 * changed recommendation say whether the model or the answers moved it.
 */
export function compareAssessments(
  previous: StoredAssessmentResult,
  current: StoredAssessmentResult,
  previousInput?: AssessmentInput,
): AssessmentChanges {
  const areas: AreaChange[] = [];
  for (const area of SKILL_AREAS) {
    const before = previous.areas.find((a) => a.area === area);
    const after = current.areas.find((a) => a.area === area);
    if (!before || !after) continue;
    areas.push({
      area,
      ratingFrom: before.rating,
      ratingTo: after.rating,
      ratingDelta: after.rating - before.rating,
      scoreFrom: before.score,
      scoreTo: after.score,
      scoreDelta: after.score - before.score,
    });
  }

  const paths: PathChange[] = [];
  for (const after of current.paths) {
    const before = previous.paths.find((p) => p.path === after.path);
    if (!before) continue;
    paths.push({
      path: after.path,
      fitFrom: before.fit,
      fitTo: after.fit,
      fitDelta: after.fit - before.fit,
      reasonsAppeared: added(before.reasons, after.reasons),
      reasonsDisappeared: added(after.reasons, before.reasons),
    });
  }

  const from = previous.recommendedPath;
  const to = current.recommendedPath;
  const previousGaps = new Set(previous.gaps);
  const currentGaps = new Set(current.gaps);

  return {
    readiness: { from: previous.readiness, to: current.readiness, delta: current.readiness - previous.readiness },
    areas,
    recommendation: {
      from: from.path,
      to: to.path,
      changed: from.path !== to.path,
      reasonsAppeared: added(from.reasons, to.reasons),
      reasonsDisappeared: added(to.reasons, from.reasons),
      ...(() => {
        const cause = causeOfChange(previous, current, previousInput);
        return cause ? { cause } : {};
      })(),
    },
    paths,
    gapsClosed: SKILL_AREAS.filter((a) => previousGaps.has(a) && !currentGaps.has(a)),
    newGaps: current.gaps.filter((a) => !previousGaps.has(a)),
    modelChanged: (previous.modelVersion ?? null) !== (current.modelVersion ?? null),
  };
}
