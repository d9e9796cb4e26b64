import { MENTORSHIP_LABELS, RISK_TOLERANCE_LABELS, SCALE_POINTS, type ScalePoint } from "@/domain/assessment";
import { ChoiceGroup, type Choice } from "../fields";
import type { StepProps } from "./step-props";

/** The number stands out so the options read as a scale; the words say what each point means. */
function scale(labels: readonly string[]): readonly Choice<ScalePoint>[] {
  return SCALE_POINTS.map((level) => ({
    value: level,
    label: (
      <>
        <span className="mr-2 text-lg leading-6 font-bold lg:mr-0 lg:block">{level}</span>
        <span className="sr-only">: </span>
        <span className="font-normal lg:block lg:text-sm">{labels[level - 1]}</span>
      </>
    ),
  }));
}

const RISK_CHOICES = scale(RISK_TOLERANCE_LABELS);
const MENTORSHIP_CHOICES = scale(MENTORSHIP_LABELS);

export function PreferencesStep({ answers, errors, setAnswer }: StepProps) {
  return (
    <div className="flex flex-col gap-8">
      <ChoiceGroup
        path="riskTolerance"
        legend="How much uncertainty can you live with at work?"
        hint="Think of changing plans, little structure, or a company that might not make it."
        choices={RISK_CHOICES}
        value={answers.riskTolerance}
        onChange={(value) => setAnswer("riskTolerance", value)}
        errors={errors.riskTolerance}
        layout="scale"
      />
      <ChoiceGroup
        path="wantsMentorship"
        legend="How much structure and mentoring do you want in your first product role?"
        choices={MENTORSHIP_CHOICES}
        value={answers.wantsMentorship}
        onChange={(value) => setAnswer("wantsMentorship", value)}
        errors={errors.wantsMentorship}
        layout="scale"
      />
    </div>
  );
}
