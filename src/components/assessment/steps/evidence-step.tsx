import type { AnswerPath } from "../form-answers";
import { ChoiceGroup, YES_NO } from "../fields";
import type { StepProps } from "./step-props";

type EvidenceKey = "sideProject" | "ledCrossFunctional" | "customerFacing" | "domainExpertise";

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
  {
    key: "domainExpertise",
    legend: "Do you know an industry deeply? (optional)",
    hint: "Beyond your job title: you know how health care, finance, schools, law, a science or a trade really works, the kind of knowledge products for it need.",
  },
];

/** Contract v3's open doors: optional, each a plain yes or no. */
const DOORS: readonly { key: "referral" | "startupContact"; legend: string; hint: string }[] = [
  {
    key: "referral",
    legend: "Would someone at a company you'd like to join refer you? (optional)",
    hint: "A friend, former colleague or contact who works there and would pass your application to the hiring manager.",
  },
  {
    key: "startupContact",
    legend: "Do you know a founder or early employee of a startup that needs product help? (optional)",
    hint: "For example a friend's young company, or a startup you've advised, that has no one owning the product yet.",
  },
];

export function EvidenceStep({ answers, errors, setAnswer }: StepProps) {
  // Evidence and open doors are the same kind of yes/no question, under two parts of the answers.
  const groups = [
    ...QUESTIONS.map((q) => ({ ...q, path: `evidence.${q.key}` satisfies AnswerPath, value: answers.evidence?.[q.key] })),
    ...DOORS.map((q) => ({ ...q, path: `openDoors.${q.key}` satisfies AnswerPath, value: answers.openDoors?.[q.key] })),
  ];
  return (
    <div className="flex flex-col gap-8">
      {groups.map(({ path, legend, hint, value }) => (
        <ChoiceGroup
          key={path}
          path={path}
          legend={legend}
          hint={hint}
          choices={YES_NO}
          value={value}
          onChange={(next) => setAnswer(path, next)}
          errors={errors[path]}
          layout="yesNo"
        />
      ))}
    </div>
  );
}
