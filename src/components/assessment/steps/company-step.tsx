import {
  COMPANY_KIND_LABELS,
  COMPANY_KINDS,
  COMPANY_SIZE_LABELS,
  COMPANY_SIZES,
  MANAGER_SUPPORT,
  MANAGER_SUPPORT_LABELS,
  type CompanySize,
  type ManagerSupport,
} from "@/domain/assessment";
import { ChoiceGroup, YearsField, YES_NO, type Choice } from "../fields";
import type { StepProps } from "./step-props";

const MANAGER_CHOICES: readonly Choice<ManagerSupport>[] = MANAGER_SUPPORT.map((answer) => ({
  value: answer,
  label: MANAGER_SUPPORT_LABELS[answer],
}));

/** What the company builds (contract v3), with plain examples; "Not sure" sends no kind. */
const KIND_CHOICES: readonly Choice<(typeof COMPANY_KINDS)[number] | "not_sure">[] = [
  ...COMPANY_KINDS.map((value) => ({
    value,
    label: `${COMPANY_KIND_LABELS[value].label} — for example ${COMPANY_KIND_LABELS[value].examples}`,
  })),
  { value: "not_sure", label: "I'm not sure" },
];

const SIZE_CHOICES: readonly Choice<CompanySize>[] = COMPANY_SIZES.map((value) => ({
  value,
  label: COMPANY_SIZE_LABELS[value],
}));

export function CompanyStep({ answers, errors, setAnswer }: StepProps) {
  const company = answers.company ?? {};
  return (
    <div className="flex flex-col gap-8">
      <ChoiceGroup
        path="company.employsPMs"
        legend="Does your company employ product managers?"
        hint="Anyone whose job title is product manager, product owner or similar."
        choices={YES_NO}
        value={company.employsPMs}
        onChange={(value) => setAnswer("company.employsPMs", value)}
        errors={errors["company.employsPMs"]}
        layout="yesNo"
      />
      {/* Only asked when there are PMs to work with; otherwise the answer is "no" (form-answers.ts). */}
      {company.employsPMs === true && (
        <ChoiceGroup
          path="company.worksWithPMs"
          legend="Do you work with them in your day-to-day job?"
          hint="For example, you build what they specify, join their planning or pass them customer feedback."
          choices={YES_NO}
          value={company.worksWithPMs}
          onChange={(value) => setAnswer("company.worksWithPMs", value)}
          errors={errors["company.worksWithPMs"]}
          layout="yesNo"
        />
      )}
      <YearsField
        path="company.tenureYears"
        label="How long have you been at this company?"
        hint="In years, no more than your total years of work. Part years are fine, e.g. 0.5."
        value={company.tenureYears}
        onChange={(value) => setAnswer("company.tenureYears", value)}
        errors={errors["company.tenureYears"]}
      />
      <ChoiceGroup
        path="company.managerSupport"
        legend="Would your manager support a move into product?"
        choices={MANAGER_CHOICES}
        value={company.managerSupport}
        onChange={(value) => setAnswer("company.managerSupport", value)}
        errors={errors["company.managerSupport"]}
      />
      <ChoiceGroup
        path="company.kind"
        legend="What does your company build? (optional)"
        hint="A company with its own product has product work to own even before it hires a PM; a firm that sells services mostly doesn't."
        choices={KIND_CHOICES}
        value={company.kind}
        onChange={(value) => setAnswer("company.kind", value)}
        errors={errors["company.kind"]}
      />
      <ChoiceGroup
        path="company.size"
        legend="How many people work at your company? (optional)"
        hint="Without PMs, a small company can more easily create a product role around you."
        choices={SIZE_CHOICES}
        value={company.size}
        onChange={(value) => setAnswer("company.size", value)}
        errors={errors["company.size"]}
      />
    </div>
  );
}
