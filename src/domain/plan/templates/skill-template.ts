/** A compact way to declare skill-gap templates: they share paths, category and phase-by-step. */
import { PATHS, type Background, type SkillArea } from "@/domain/assessment/schemas";
import type { SkillContext } from "../context";
import type { Condition, SkillLevel, SkillTemplate } from "./types";

interface SkillFields {
  title: string;
  detail: string;
  why: (c: SkillContext) => string;
  topic?: string;
  backgrounds?: readonly Background[];
  /** A situational variant: replaces the unconditional step when these hold (e.g. engineers nearby). */
  requires?: readonly Condition[];
}

/**
 * Where a stretch step takes the user: up to the target when there is a gap, past it when the area only
 * meets the target (a plan with room sharpens such areas; src/domain/plan/generate.ts).
 */
export function toward(c: SkillContext): string {
  return c.gap > 0 ? `to the entry-level target of ${c.target}` : `past the entry-level target of ${c.target}, into a strength`;
}

/**
 * Key scheme: `skill.<area>.<level>.<step>`, plus `.for_<name>` for a background-tailored variant.
 * Every skill template applies to every path: a gap is a gap whichever way the user goes.
 */
export function skillTemplate(area: SkillArea, level: SkillLevel, step: 1 | 2, fields: SkillFields, variant?: string): SkillTemplate {
  const { backgrounds, ...rest } = fields;
  return {
    ...rest,
    key: `skill.${area}.${level}.${step}${variant ? `.for_${variant}` : ""}`,
    category: "skill",
    paths: PATHS,
    phase: step === 1 ? 1 : 2,
    priority: 1,
    skill: backgrounds ? { area, level, step, backgrounds } : { area, level, step },
  };
}
