/**
 * The assessment domain's public surface: the input contract, the scoring engine and the content the
 * questionnaire and results pages show. Pure: importable without a database or a server.
 */
export * from "./schemas";
export {
  scoreAssessment,
  MODEL_VERSION,
  CLOSE_CALL_POINTS,
  BRIDGE_BELOW,
  BRIDGE_OPTIONAL_BELOW,
  MAX_STRENGTHS,
  AREA_WEIGHTS,
  TARGET_SCORE,
  STRENGTH_MIN_RATING,
  SKILL_POINTS,
  EXPERIENCE_POINTS,
  YEARS_FOR_FULL_CREDIT,
  rawAreaScore,
  scoreAreas,
  computeReadiness,
  pickStrengths,
  pickGaps,
} from "./scoring";
export { scorePaths, BASE_FIT, INTERNAL_FIT_NOT_EMPLOYED, PATH_TIE_ORDER } from "./path-fit";
export { BREADTH_LEVEL, ramp, seniority, type FitContext } from "./path-factors";
export { hasModel2Fields, hasModel3Fields, storedResultAsV2 } from "./stored";
export { chooseBridge, optionalBridge, bridgeKindFor, BRIDGE_ROLES, OPTIONAL_BRIDGE_BY_BACKGROUND } from "./bridge";
export { levelFor, PM_LEVEL_READINESS, PM_LEVEL_YEARS } from "./level";
export {
  SKILL_MODEL,
  SKILL_LEVELS,
  SCALE_POINTS,
  LEVEL_NAMES,
  targetFor,
  type ScalePoint,
  type SkillAreaInfo,
  type SkillLevel,
} from "./skills";
export { BACKGROUND_PROFILES, adviceFor, defaultSkillsFor, type BackgroundProfile } from "./backgrounds";
export { BACKGROUND_ADVICE, type AreaAdvice } from "./background-advice";
export {
  PATH_INFO,
  MANAGER_SUPPORT_LABELS,
  EMPLOYMENT_LABELS,
  COMPANY_SIZE_LABELS,
  COMPANY_KIND_LABELS,
  LEVEL_LINES,
  RISK_TOLERANCE_LABELS,
  MENTORSHIP_LABELS,
  type PathInfo,
} from "./paths";
