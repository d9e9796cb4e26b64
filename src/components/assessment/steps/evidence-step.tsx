import type { AnswerPath } from "../form-answers";
import { ChoiceGroup, YES_NO } from "../fields";
import type { StepProps } from "./step-props";

type EvidenceKey = "sideProject" | "ledCrossFunctional" | "customerFacing";

const QUESTIONS: readonly { key: EvidenceKey; legend: string; hint: string }[] = [
  {
    key: "sideProject",
    legend: "Have you built a side project?",
    hint: "Something you made outside your job description — an app, a tool, a newsletter, a community — that other people used.",
  },
  {
    key: "ledCrossFunctional",
    legend: "Have you led work across teams?",
    hint: "You brought people from other functions, such as engineering, design or sales, to a shared goal without being their manager.",
  },
  {
    key: "customerFacing",
    legend: "Have you worked directly with customers or users?",
    hint: "Talking with them is, or was, a regular part of your work: sales or support calls, research sessions, onboarding.",
  },
];

export function EvidenceStep({ answers, errors, setAnswer }: StepProps) {
  return (
    <div className="flex flex-col gap-8">
      {QUESTIONS.map(({ key, legend, hint }) => {
        const path = `evidence.${key}` satisfies AnswerPath;
        return (
          <ChoiceGroup
            key={key}
            path={path}
            legend={legend}
            hint={hint}
            choices={YES_NO}
            value={answers.evidence?.[key]}
            onChange={(value) => setAnswer(path, value)}
            errors={errors[path]}
            layout="yesNo"
          />
        );
      })}
    </div>
  );
}
