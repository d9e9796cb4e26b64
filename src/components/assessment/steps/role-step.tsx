import { BACKGROUND_PROFILES, BACKGROUNDS, EMPLOYMENT, EMPLOYMENT_LABELS, type Background, type Employment } from "@/domain/assessment";
import { ChoiceGroup, YearsField, type Choice } from "../fields";
import type { StepProps } from "./step-props";

const ROLE_CHOICES: readonly Choice<Background>[] = BACKGROUNDS.map((background) => ({
  value: background,
  label: BACKGROUND_PROFILES[background].label,
}));

const EMPLOYMENT_CHOICES: readonly Choice<Employment>[] = EMPLOYMENT.map((value) => ({
  value,
  label: EMPLOYMENT_LABELS[value],
}));

export function RoleStep({ answers, errors, setAnswer }: StepProps) {
  return (
    <div className="flex flex-col gap-8">
      <ChoiceGroup
        path="currentRole"
        legend="What's your current role?"
        hint="Pick the closest match. It sets the advice you get and the typical skill levels we show you, not your score."
        choices={ROLE_CHOICES}
        value={answers.currentRole}
        onChange={(value) => setAnswer("currentRole", value)}
        errors={errors.currentRole}
        layout="cards"
      />
      <YearsField
        path="yearsExperience"
        label="How many years have you worked in total?"
        hint="Across all your jobs. Part years are fine, e.g. 1.5."
        value={answers.yearsExperience}
        onChange={(value) => setAnswer("yearsExperience", value)}
        errors={errors.yearsExperience}
      />
      <ChoiceGroup
        path="employment"
        legend="Do you have a job right now?"
        hint="If you don't, we skip the questions about your company: an internal move needs an employer."
        choices={EMPLOYMENT_CHOICES}
        // Drafts and assessments from before this question were all answered as employed.
        value={answers.employment ?? "employed"}
        onChange={(value) => setAnswer("employment", value)}
        errors={errors.employment}
      />
    </div>
  );
}
