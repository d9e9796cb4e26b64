/**
 * Contract v3's `level`: the title to aim for — "pm" (a full product manager role) or "associate". One value,
 * set on every path of a result, and never an input to a fit: its three-year step would be a cliff
 * (docs/scoring.md, "Level").
 */
import type { AssessmentInput, PathLevel } from "./schemas";

/** Readiness at which a full PM title is in reach (the top of the optional-bridge band). */
export const PM_LEVEL_READINESS = 60;
/** Years of work experience a full PM role asks for at the least. */
export const PM_LEVEL_YEARS = 3;

/**
 * "pm" when readiness is at least PM_LEVEL_READINESS, there are at least PM_LEVEL_YEARS years of experience
 * and something to show for them (led cross-functional work, a side project or domain expertise); otherwise
 * "associate". Readiness never falls when a skill rises, so raising a skill never turns "pm" into "associate".
 */
export function levelFor(readiness: number, input: Pick<AssessmentInput, "yearsExperience" | "evidence">): PathLevel {
  const e = input.evidence;
  const shown = e.ledCrossFunctional || e.sideProject || e.domainExpertise === true;
  return readiness >= PM_LEVEL_READINESS && input.yearsExperience >= PM_LEVEL_YEARS && shown ? "pm" : "associate";
}
