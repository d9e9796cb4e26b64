import { BACKGROUND_PROFILES, BACKGROUNDS, type Background } from "@/domain/assessment";
import { ChoiceGroup, YearsField, type Choice } from "../fields";
import type { StepProps } from "./step-props";

const ROLE_CHOICES: readonly Choice<Background>[] = BACKGROUNDS.map((background) => ({
  value: background,
  label: BACKGROUND_PROFILES[background].label,
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
    </div>
  );
}
