/**
 * The scoring engine: self-ratings and situation in, skill profile and ranked paths out.
 * Pure and deterministic. The model — every weight below and why — is documented in docs/scoring.md;
 * change MODEL_VERSION whenever a number or rule here or in path-fit.ts changes.
 *
 * Input is expected to have passed `assessmentInputSchema`; the engine still clamps every output to its
 * documented range so that stored results stay well-formed.
 */
import {
  SKILL_AREAS,
  normaliseInput,
  type RawAssessmentInput,
  type AreaResult,
  type AssessmentInput,
  type AssessmentResult,
  type SkillArea,
} from "./schemas";
import { SKILL_MODEL } from "./skills";
import { scorePaths } from "./path-fit";
import { chooseBridge, optionalBridge } from "./bridge";

export const MODEL_VERSION = "2026.12-3";

/** closeCall: the top two fits are within this many points, inclusive. */
export const CLOSE_CALL_POINTS = 5;
/** bridge: always set, and required, when readiness is below this (the first readiness band). */
export const BRIDGE_BELOW = 40;
/** Model 3: an optional bridge may be set from BRIDGE_BELOW to below this; never at or above it. */
export const BRIDGE_OPTIONAL_BELOW = 60;
/** At most this many strengths are named. */
export const MAX_STRENGTHS = 3;

/**
 * How much each area counts towards readiness. Customer insight, execution and communication carry the
 * day-to-day work of an entry-level PM, so they weigh more; the rest count equally.
 */
export const AREA_WEIGHTS: Readonly<Record<SkillArea, number>> = {
  strategy: 1,
  customer_insight: 1.5,
  data: 1,
  technical: 1,
  execution: 1.5,
  communication: 1.5,
  leadership: 1,
  business: 1,
};

/** The area score of a rating exactly at the entry-level target; the rest of the scale is headroom. */
export const TARGET_SCORE = 80;

/** Readiness points from skills (at most) and from evidence and experience (at most); they sum to 100. */
export const SKILL_POINTS = 85;
export const EXPERIENCE_POINTS = {
  sideProject: 5,
  ledCrossFunctional: 5,
  customerFacing: 2.5,
  /** Earned linearly up to YEARS_FOR_FULL_CREDIT years of work experience. */
  years: 2.5,
} as const;
export const YEARS_FOR_FULL_CREDIT = 5;

/** A strength must meet the area's target and be at least "Practising" (level 3). */
export const STRENGTH_MIN_RATING = 3;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const clampRating = (rating: number) => clamp(rating, 1, 5);

/**
 * Unrounded area score: linear from 0 (level 1) to TARGET_SCORE (at target), then linear to 100 (level 5).
 * Steep below the target, gentle above it: closing a gap matters more than polishing a strength.
 * Strictly increasing in the rating, which keeps readiness monotone.
 */
export function rawAreaScore(rating: number, target: number): number {
  const r = clampRating(rating);
  if (r <= target) return target <= 1 ? TARGET_SCORE : (TARGET_SCORE * (r - 1)) / (target - 1);
  return TARGET_SCORE + ((100 - TARGET_SCORE) * (r - target)) / (5 - target);
}

export function scoreAreas(skills: AssessmentInput["skills"]): AreaResult[] {
  return SKILL_AREAS.map((area) => {
    const rating = skills[area];
    const target = SKILL_MODEL[area].target;
    return {
      area,
      rating,
      target,
      gap: Math.max(0, target - rating),
      score: Math.round(rawAreaScore(rating, target)),
    };
  });
}

/** 0–100 integer. Raising any single rating never lowers it: every term is non-decreasing in each rating. */
export function computeReadiness(input: AssessmentInput): number {
  return readinessOf(skillPoints(input.skills), input);
}

/** The skills' share of readiness (0–SKILL_POINTS), unrounded. */
function skillPoints(skills: AssessmentInput["skills"]): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const area of SKILL_AREAS) {
    weighted += AREA_WEIGHTS[area] * rawAreaScore(skills[area], SKILL_MODEL[area].target);
    totalWeight += AREA_WEIGHTS[area];
  }
  return (SKILL_POINTS * weighted) / (totalWeight * 100);
}

function readinessOf(skillPart: number, input: AssessmentInput): number {
  const { evidence } = input;
  const years = clamp(input.yearsExperience, 0, YEARS_FOR_FULL_CREDIT);
  const experiencePart =
    (evidence.sideProject ? EXPERIENCE_POINTS.sideProject : 0) +
    (evidence.ledCrossFunctional ? EXPERIENCE_POINTS.ledCrossFunctional : 0) +
    (evidence.customerFacing ? EXPERIENCE_POINTS.customerFacing : 0) +
    (EXPERIENCE_POINTS.years * years) / YEARS_FOR_FULL_CREDIT;

  return clamp(Math.round(skillPart + experiencePart), 0, 100);
}

/**
 * Readiness for the inputs path-fit.ts re-scores: most levers leave the skills object untouched, so its
 * share is computed once per call. Same result as computeReadiness.
 */
function readinessMemo(input: AssessmentInput): (changed: AssessmentInput) => number {
  const skills = input.skills;
  const part = skillPoints(skills);
  return (changed) => readinessOf(changed.skills === skills ? part : skillPoints(changed.skills), changed);
}

const areaOrder = (area: SkillArea) => SKILL_AREAS.indexOf(area);

/**
 * At most MAX_STRENGTHS areas rated above their target (meeting it is not a strength) and at least
 * STRENGTH_MIN_RATING; highest rating first, then the widest margin over target, then SKILL_AREAS order.
 * May be empty.
 */
export function pickStrengths(areas: readonly AreaResult[]): SkillArea[] {
  return areas
    .filter((a) => a.rating > a.target && a.rating >= STRENGTH_MIN_RATING)
    .sort((a, b) => b.rating - a.rating || b.rating - b.target - (a.rating - a.target) || areaOrder(a.area) - areaOrder(b.area))
    .slice(0, MAX_STRENGTHS)
    .map((a) => a.area);
}

/**
 * Areas below their target; largest gap first, then the heavier-weighted area (it costs more
 * readiness), then SKILL_AREAS order. Empty when every target is met.
 */
export function pickGaps(areas: readonly AreaResult[]): SkillArea[] {
  return areas
    .filter((a) => a.gap > 0)
    .sort((a, b) => b.gap - a.gap || AREA_WEIGHTS[b.area] - AREA_WEIGHTS[a.area] || areaOrder(a.area) - areaOrder(b.area))
    .map((a) => a.area);
}

export function scoreAssessment(raw: RawAssessmentInput): AssessmentResult {
  const input = normaliseInput(raw);
  const areas = scoreAreas(input.skills);
  const readiness = computeReadiness(input);
  const strengths = pickStrengths(areas);
  const gaps = pickGaps(areas);
  const paths = scorePaths(input, { readiness, gaps }, readinessMemo(input));
  const ctx = { readiness, gaps };
  return {
    readiness,
    areas,
    strengths,
    gaps,
    paths,
    // paths always holds all three entries
    recommendedPath: paths[0]!,
    closeCall: paths[0]!.fit - paths[1]!.fit <= CLOSE_CALL_POINTS,
    bridge: readiness < BRIDGE_BELOW ? chooseBridge(input, ctx) : readiness < BRIDGE_OPTIONAL_BELOW ? optionalBridge(input, ctx) : null,
    modelVersion: MODEL_VERSION,
  };
}
