/** Public surface of the plan domain. Pure: no I/O, no clock, no framework. */
export * from "./model";
export { AREA_WORDS, BACKGROUND_WORDS, PATH_WORDS } from "./context";
export type { PlanContext, SkillContext } from "./context";
export { generatePlan, gapFocus, GUARANTEES, isBalanced, phaseCounts, MIN_PHASE_SHARE, PLAN_LIMITS } from "./generate";
export type { GapFocus, GeneratePlanOptions } from "./generate";
export { isArchived, nextActions, planProgress } from "./progress";
export type { ActionableItem, PlanProgress, Progress, ProgressItem } from "./progress";
export { describeMerge, planPathChange, summarizeMerge } from "./merge";
export type { ExistingItem, MergeSummary, PlanMerge, PlanPathChangeInput } from "./merge";
export { CONDITIONS, GENERAL_TEMPLATES, SKILL_TEMPLATES, TEMPLATES, templateByKey } from "./templates";
export type { Condition, GeneralTemplate, PlanItemTemplate, Priority, SkillLevel, SkillTemplate } from "./templates";
