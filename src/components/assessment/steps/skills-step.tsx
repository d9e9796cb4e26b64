import {
  BACKGROUND_PROFILES,
  defaultSkillsFor,
  LEVEL_NAMES,
  SKILL_AREAS,
  SKILL_LEVELS,
  SKILL_MODEL,
  type SkillArea,
  type SkillLevel,
} from "@/domain/assessment";
import { AreaEvidence } from "../area-evidence";
import { ChoiceGroup, hintClass, type Choice } from "../fields";
import type { StepProps } from "./step-props";

/*
 * Why the ratings start unselected, with the background's typical level only *marked*:
 * a pre-selected answer is an anchor and a default. People accept defaults they haven't read, and a
 * rating copied from "what engineers usually have" says nothing about this person. Leaving each group
 * empty makes everyone read the five descriptions and pick the one they can back with an example, while
 * the "typical" tag still gives orientation to someone unsure where they stand. Answers from a previous
 * assessment are pre-selected: those are the person's own ratings, not a guess about them.
 */
function levelChoices(area: SkillArea, typical: SkillLevel | undefined): readonly Choice<SkillLevel>[] {
  return SKILL_LEVELS.map((level) => ({
    value: level,
    label: (
      <>
        {level} · {LEVEL_NAMES[level - 1]}
        {level === typical && (
          <>
            <span className="sr-only">,</span>{" "}
            <span className="ml-1 inline-block rounded-sm bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
              Typical for your background
            </span>
          </>
        )}
      </>
    ),
    description: SKILL_MODEL[area].levels[level - 1],
  }));
}

export function SkillsStep({ answers, errors, setAnswer }: StepProps) {
  const role = answers.currentRole;
  const typical = role ? defaultSkillsFor(role) : undefined;
  return (
    <div className="flex flex-col gap-10">
      {role && (
        <p className={hintClass}>
          {role === "other"
            ? "The “Typical for your background” tag marks a common starting point. "
            : `The “Typical for your background” tag marks where people with your background (${BACKGROUND_PROFILES[role].label}) usually start. `}
          It&apos;s a reference point, not your answer.
        </p>
      )}
      {SKILL_AREAS.map((area) => {
        const path = `skills.${area}` as const;
        return (
          <div key={area} className="flex flex-col gap-3">
            <ChoiceGroup
              path={path}
              legend={SKILL_MODEL[area].label}
              hint={SKILL_MODEL[area].description}
              choices={levelChoices(area, typical?.[area])}
              value={answers.skills?.[area]}
              onChange={(value) => setAnswer(path, value)}
              errors={errors[path]}
            />
            <AreaEvidence area={area} label={SKILL_MODEL[area].label} rating={answers.skills?.[area]} />
          </div>
        );
      })}
    </div>
  );
}
