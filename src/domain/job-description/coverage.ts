/**
 * A job's requirements against the person's own profile: for each requirement, whether the latest ratings
 * reach the entry-level targets in its areas and whether a story or practice session proves them. Pure; the
 * page (src/app/applications/[id]/page.tsx) passes in what the person logged.
 */
import type { SkillArea } from "../assessment/schemas";
import { SKILL_MODEL } from "../assessment/skills";
import { AREAS_TESTED, PRACTICE_TYPES, type PracticeType } from "../practice/model";
import type { JobAnalysis, JobLevel, Requirement } from "./analyze";
import { LEXICON } from "./lexicon";

export type CoverageStatus = "covered" | "partly" | "not_covered" | "not_assessed";

export const COVERAGE_LABELS: Readonly<Record<CoverageStatus, string>> = {
  covered: "Covered",
  partly: "Partly covered",
  not_covered: "Not covered",
  not_assessed: "Not assessed",
};

export interface ProfileEvidence {
  /** Latest self-ratings and targets by area; null before the first assessment. */
  ratings: Readonly<Record<SkillArea, { rating: number; target: number }>> | null;
  stories: readonly { id: string; title: string; areas: readonly SkillArea[]; text: string }[];
  practice: readonly { id: string; areas: readonly SkillArea[] }[];
}

export interface AreaCoverage {
  area: SkillArea;
  rating: number | null;
  target: number;
  ratingMet: boolean;
  storyIds: string[];
  practiceCount: number;
}

/** What to do about a requirement that is not (fully) covered: a plan step, a story, or a practice type. */
export type CoverageSuggestion =
  | { kind: "plan_step"; area: SkillArea; title: string; detail: string }
  | { kind: "story"; area: SkillArea }
  | { kind: "practice"; area: SkillArea; practiceType: PracticeType };

export interface RequirementCoverage extends Requirement {
  status: CoverageStatus;
  coverage: AreaCoverage[];
  suggestions: CoverageSuggestion[];
}

export interface JobCoverage {
  assessed: boolean;
  requirements: RequirementCoverage[];
  mustHaves: { covered: number; total: number };
  /** Keywords of the job that none of the person's stories mentions (through the lexicon's synonyms). */
  missingKeywords: string[];
}

const PLAN_STEP_TITLE_MAX = 120;

/** The practice type that tests an area most directly: the first type whose tested areas include it. */
export function practiceTypeFor(area: SkillArea): PracticeType {
  return PRACTICE_TYPES.find((type) => AREAS_TESTED[type][0] === area) ?? PRACTICE_TYPES.find((type) => AREAS_TESTED[type].includes(area))!;
}

export function planStepFor(area: SkillArea, jobName: string): { title: string; detail: string } {
  const label = SKILL_MODEL[area].label.toLowerCase();
  const title = `Grow ${label} for ${jobName}`;
  return {
    title: title.length > PLAN_STEP_TITLE_MAX ? `Grow ${label} for this job`.slice(0, PLAN_STEP_TITLE_MAX) : title,
    detail: SKILL_MODEL[area].howToGrow,
  };
}

function areaCoverage(area: SkillArea, evidence: ProfileEvidence): AreaCoverage {
  const rated = evidence.ratings?.[area];
  return {
    area,
    rating: rated?.rating ?? null,
    target: rated?.target ?? SKILL_MODEL[area].target,
    ratingMet: rated ? rated.rating >= rated.target : false,
    storyIds: evidence.stories.filter((s) => s.areas.includes(area)).map((s) => s.id),
    practiceCount: evidence.practice.filter((p) => p.areas.includes(area)).length,
  };
}

const hasEvidence = (c: AreaCoverage) => c.storyIds.length > 0 || c.practiceCount > 0;

function statusOf(coverage: readonly AreaCoverage[]): CoverageStatus {
  if (coverage.length === 0) return "not_assessed";
  if (coverage.every((c) => c.ratingMet && hasEvidence(c))) return "covered";
  if (coverage.some((c) => c.ratingMet || hasEvidence(c))) return "partly";
  return "not_covered";
}

function suggestionsFor(coverage: readonly AreaCoverage[], jobName: string): CoverageSuggestion[] {
  const out: CoverageSuggestion[] = [];
  for (const c of coverage) {
    if (!c.ratingMet) out.push({ kind: "plan_step", area: c.area, ...planStepFor(c.area, jobName) });
    if (c.storyIds.length === 0) out.push({ kind: "story", area: c.area });
    if (c.practiceCount === 0) out.push({ kind: "practice", area: c.area, practiceType: practiceTypeFor(c.area) });
  }
  return out;
}

/** Keyword → the patterns that name it, so "experiments" in a story counts for "A/B testing". */
const KEYWORD_PATTERNS: ReadonlyMap<string, RegExp[]> = (() => {
  const map = new Map<string, RegExp[]>();
  for (const phrase of LEXICON) {
    if (!phrase.keyword) continue;
    const source = phrase.pattern
      .split(" ")
      .map((word) => {
        const stem = word.endsWith("*");
        const escaped = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/&]/g, "\\$&");
        return stem ? `${escaped}[a-z]*` : escaped;
      })
      .join("[\\s\\-/]+");
    map.set(phrase.keyword, [...(map.get(phrase.keyword) ?? []), new RegExp(`(?<![a-z0-9&])${source}(?![a-z0-9&])`, "i")]);
  }
  return map;
})();

export function keywordsNotMentioned(keywords: readonly string[], texts: readonly string[]): string[] {
  const all = texts.join("\n");
  return keywords.filter((keyword) => !(KEYWORD_PATTERNS.get(keyword) ?? []).some((pattern) => pattern.test(all)));
}

export function coverJob(analysis: JobAnalysis, evidence: ProfileEvidence, jobName: string): JobCoverage {
  const requirements = analysis.requirements.map((requirement): RequirementCoverage => {
    const coverage = requirement.areas.map((area) => areaCoverage(area, evidence));
    const status = statusOf(coverage);
    return { ...requirement, status, coverage, suggestions: status === "covered" ? [] : suggestionsFor(coverage, jobName) };
  });
  const assessable = requirements.filter((r) => r.mustHave && r.status !== "not_assessed");
  return {
    assessed: evidence.ratings !== null,
    requirements,
    mustHaves: { covered: assessable.filter((r) => r.status === "covered").length, total: assessable.length },
    missingKeywords: keywordsNotMentioned(
      analysis.keywords,
      evidence.stories.map((s) => `${s.title}\n${s.text}`),
    ),
  };
}

/** How the job's level compares with the level the person's path aims at. */
/** "a PM-level role", "an associate-level role". */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
}

export function levelComparison(jobLevel: JobLevel, pathLevel: "associate" | "pm" | null): string {
  if (jobLevel === "unknown") return "The description doesn't say the level.";
  const names: Record<Exclude<JobLevel, "unknown">, string> = { associate: "associate", pm: "PM", senior: "senior PM" };
  const role = withArticle(`${names[jobLevel]}-level role`);
  if (!pathLevel) return `This is ${role}.`;
  const rank = { associate: 0, pm: 1, senior: 2 } as const;
  const diff = rank[jobLevel] - rank[pathLevel];
  if (diff === 0) return `This is ${role}, the level your path aims at.`;
  return `This is ${role}, ${diff > 0 ? "above" : "below"} the ${names[pathLevel]} level your path aims at.`;
}
