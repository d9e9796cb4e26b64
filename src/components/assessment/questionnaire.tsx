"use client";

import type { ComponentType } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { DraftFooter } from "./draft-footer";
import { STEPS } from "./form-answers";
import { StepProgress } from "./step-progress";
import type { QuestionnaireStart } from "./starting-point";
import { CompanyStep } from "./steps/company-step";
import { EvidenceStep } from "./steps/evidence-step";
import { PreferencesStep } from "./steps/preferences-step";
import { RoleStep } from "./steps/role-step";
import { SkillsStep } from "./steps/skills-step";
import type { StepProps } from "./steps/step-props";
import { useQuestionnaire } from "./use-questionnaire";

const STEP_BODIES: readonly { Body: ComponentType<StepProps>; intro: string }[] = [
  {
    Body: RoleStep,
    intro: "Start with what you do now. Every background brings something to product work.",
  },
  {
    Body: CompanyStep,
    intro: "Moving into product where you already work is often the quickest way in, when the conditions are right.",
  },
  {
    Body: PreferencesStep,
    intro: "Each way into product asks for something different. Answer for how you like to work, not how you think you should.",
  },
  {
    Body: EvidenceStep,
    intro: "Hiring managers look for signs of product work, even without a product title.",
  },
  {
    Body: SkillsStep,
    intro:
      "For each area, choose the level that describes what you actually do today. Between two levels? Pick the lower one unless you can give an example of the higher.",
  },
];

const HEADING_ID = "assessment-step-heading";

export function Questionnaire({ start }: { start: QuestionnaireStart }) {
  // The refs apart from the rest: React's ref rule treats every field of an object holding a ref as a ref.
  const { formRef, headingRef, ...q } = useQuestionnaire(start);

  const { Body, intro } = STEP_BODIES[q.step]!;
  return (
    <div className="flex flex-col gap-8">
      {q.origin === "previous" && (
        <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-slate-900 dark:border-brand-800 dark:bg-brand-900/40 dark:text-slate-100">
          We&apos;ve filled in your last answers — change what&apos;s changed.
        </p>
      )}
      <StepProgress current={q.step} onGoTo={q.goToStep} skipped={q.skipped} />
      <form
        ref={formRef}
        noValidate
        aria-labelledby={HEADING_ID}
        onSubmit={(event) => {
          event.preventDefault();
          if (q.isLastStep) void q.submit();
          else q.next();
        }}
        className="flex flex-col gap-8"
      >
        {/* Until the browser's stored answers are read, the first step is shown (so nothing jumps for a
            first visit) but held inert, so no click lands on answers about to be replaced. */}
        <fieldset disabled={!q.loaded} className="contents">
          <div>
            {/* Focused on every step change so screen readers announce the new step. It isn't a control,
              so no focus ring: `!` because the global :focus-visible rule is unlayered and beats utilities. */}
            <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1} className="text-2xl font-bold outline-none!">
              <span className="text-brand-700 dark:text-brand-300">
                Step {q.step + 1} of {STEPS.length}:
              </span>{" "}
              {STEPS[q.step]!.title}
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{intro}</p>
          </div>
          <Body answers={q.answers} errors={q.errors} setAnswer={q.setAnswer} />
          <FormAlert message={q.formMessage} />
          <div className="flex items-center justify-between gap-3 border-t border-slate-200 pt-6 dark:border-slate-800">
            {q.step > 0 ? (
              <Button variant="secondary" onClick={q.back}>
                Back
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" disabled={q.submitting} className="px-5 py-2.5 text-base">
              {q.isLastStep ? (q.submitting ? "Scoring your answers…" : "See my result") : "Next"}
            </Button>
          </div>
        </fieldset>
      </form>
      <DraftFooter signedIn={q.signedIn} status={q.saveStatus} onStartOver={q.startOver} />
    </div>
  );
}
