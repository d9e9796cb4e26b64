/**
 * The template library. Order matters only as the last tie-break when two items have the same priority
 * and category, so a plan never depends on anything but its inputs.
 */
import { EXPERIENCE_TEMPLATES } from "./experience";
import { JOB_SEARCH_TEMPLATES } from "./job-search";
import { MINDSET_TEMPLATES } from "./mindset";
import { NETWORKING_TEMPLATES } from "./networking";
import { PATH_TEMPLATES } from "./paths";
import { DELIVERY_SKILL_TEMPLATES } from "./skills-delivery";
import { UNDERSTANDING_SKILL_TEMPLATES } from "./skills-understanding";
import type { GeneralTemplate, PlanItemTemplate, SkillTemplate } from "./types";

export const GENERAL_TEMPLATES: readonly GeneralTemplate[] = [
  ...MINDSET_TEMPLATES,
  ...PATH_TEMPLATES,
  ...NETWORKING_TEMPLATES,
  ...EXPERIENCE_TEMPLATES,
  ...JOB_SEARCH_TEMPLATES,
];

export const SKILL_TEMPLATES: readonly SkillTemplate[] = [...UNDERSTANDING_SKILL_TEMPLATES, ...DELIVERY_SKILL_TEMPLATES];

export const TEMPLATES: readonly PlanItemTemplate[] = [...GENERAL_TEMPLATES, ...SKILL_TEMPLATES];

const BY_KEY: ReadonlyMap<string, PlanItemTemplate> = new Map(TEMPLATES.map((t) => [t.key, t]));

/** The template with this key, if it still exists (stored items may name retired keys). */
export function templateByKey(key: string): PlanItemTemplate | undefined {
  return BY_KEY.get(key);
}

export { CONDITIONS } from "./types";
export type { Condition, GeneralTemplate, PlanItemTemplate, Priority, SkillLevel, SkillTemplate } from "./types";
