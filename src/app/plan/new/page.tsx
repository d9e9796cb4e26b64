import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PathChoiceForm } from "@/components/plan/path-choice-form";
import { formatDay } from "@/domain/time-zone";
import { PATH_INFO } from "@/domain/assessment";
import { findAssessment } from "@/server/assessment/queries";
import { requireUser } from "@/server/auth/session";
import { findActivePlan } from "@/server/plan/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Build your plan", robots: { index: false } };

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<{ assessment?: string | string[] }> }) {
  const { assessment: param } = await searchParams;
  const assessmentId = typeof param === "string" ? param : "";
  const user = await requireUser(`/plan/new?assessment=${encodeURIComponent(assessmentId)}`);
  // Another user's assessment, a missing one and no id at all are the same 404.
  const assessment = assessmentId ? await findAssessment(user.id, assessmentId) : null;
  if (!assessment) notFound();
  const [activePlan, timeZone] = await Promise.all([findActivePlan(user.id), userTimeZone(user.id)]);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
          From your assessment of {formatDay(assessment.createdAt, timeZone)}
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Build your 90-day plan</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Your plan is a checklist of concrete steps in three 30-day phases, chosen for the path you pick and your biggest skill gaps.
          We&apos;ve pre-selected the path that fits you best; pick another if you prefer.
        </p>
      </header>
      <PathChoiceForm
        assessmentId={assessment.id}
        paths={assessment.result.paths}
        recommended={assessment.result.recommendedPath.path}
        activePlan={
          activePlan
            ? { pathLabel: PATH_INFO[activePlan.path].label, startedOn: formatDay(new Date(activePlan.createdAt), timeZone) }
            : null
        }
      />
    </div>
  );
}
