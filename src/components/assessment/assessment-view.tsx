import { EvidenceProvider } from "./area-evidence";
import { Questionnaire } from "./questionnaire";
import type { QuestionnaireStart } from "./starting-point";
import type { ComponentProps } from "react";

/**
 * The questionnaire page's content. Prerendered at /assessment for visitors; a request with a session cookie
 * is served /assessment/resume (src/proxy.ts rewrites to it), which adds the user's draft or last answers.
 */
export function AssessmentView({
  start,
  evidence,
}: {
  start: QuestionnaireStart;
  evidence: ComponentProps<typeof EvidenceProvider>["value"];
}) {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Where do you stand today?</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Five short steps about your role, your company, how you like to work and your skills. You&apos;ll get a skill profile and the way
          into product management that fits you best.
        </p>
      </header>
      <EvidenceProvider value={evidence}>
        <Questionnaire start={start} />
      </EvidenceProvider>
    </div>
  );
}
