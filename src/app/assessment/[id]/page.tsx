import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentResultView } from "@/components/results/assessment-result-view";
import { EvidenceNote } from "@/components/results/evidence-note";
import { formatDay } from "@/domain/time-zone";
import { userTimeZone } from "@/server/workspace/time-zone";
import { compareAssessments } from "@/domain/assessment/compare";
import { findAssessment, previousAssessment } from "@/server/assessment/queries";
import { requireUser } from "@/server/auth/session";
import { findActivePlan } from "@/server/plan/queries";
import type { NextStep } from "@/components/results/next-step";

export const metadata: Metadata = {
  title: "Your assessment result",
  robots: { index: false },
};

export default async function AssessmentResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/assessment/${encodeURIComponent(id)}`);
  // Another user's assessment and a missing one are the same 404.
  const assessment = await findAssessment(user.id, id);
  if (!assessment) notFound();
  const [previous, plan, timeZone] = await Promise.all([previousAssessment(user.id, id), findActivePlan(user.id), userTimeZone(user.id)]);
  // With a plan already under way, the next step merges this result into it rather than starting over.
  const nextStep: NextStep = !plan
    ? { kind: "build-plan", assessmentId: assessment.id }
    : plan.assessmentId === assessment.id
      ? { kind: "open-plan" }
      : { kind: "update-plan", assessmentId: assessment.id, pathChanged: plan.path !== assessment.result.recommendedPath.path };

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
          Assessment of {formatDay(assessment.createdAt, timeZone)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your result</h1>
      </header>
      <AssessmentResultView
        input={assessment.input}
        result={assessment.result}
        nextStep={nextStep}
        changes={previous ? compareAssessments(previous.result, assessment.result, previous.input) : undefined}
        previousDate={previous ? formatDay(previous.createdAt, timeZone) : undefined}
      />
      <EvidenceNote />
    </div>
  );
}
