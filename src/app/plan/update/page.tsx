import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchivedItems } from "@/components/plan/archived-items";
import { ConfirmUpdate } from "@/components/plan-update/confirm-update";
import { PathSwitcher } from "@/components/plan-update/path-switcher";
import { UpdatePreview } from "@/components/plan-update/update-preview";
import { formatDay } from "@/domain/time-zone";
import { buttonClass } from "@/components/ui/button";
import { PATH_INFO, PATHS, type TransitionPath } from "@/domain/assessment";
import { describeMerge, summarizeMerge } from "@/domain/plan";
import { requireUser } from "@/server/auth/session";
import { latestAssessmentSummary } from "@/server/history/queries";
import { findPlanUpdate } from "@/server/plan/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Update your plan", robots: { index: false } };

type SearchParams = Promise<{ assessment?: string | string[]; path?: string | string[] }>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const asPath = (value: string | undefined): TransitionPath | undefined =>
  (PATHS as readonly string[]).includes(value ?? "") ? (value as TransitionPath) : undefined;

export default async function PlanUpdatePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const requested = one(params.assessment);
  const user = await requireUser(`/plan/update${requested ? `?assessment=${encodeURIComponent(requested)}` : ""}`);
  // Without an id, the latest assessment is the one a re-assessment means.
  const assessmentId = requested ?? (await latestAssessmentSummary(user.id))?.id;
  // Another user's assessment and a missing one are the same 404.
  const state = assessmentId ? await findPlanUpdate(user.id, assessmentId, asPath(one(params.path))) : { kind: "not-found" as const };
  if (state.kind === "not-found") notFound();

  const { assessment } = state;
  const timeZone = await userTimeZone(user.id);
  const recommended = assessment.recommendedPath;
  const header = (
    <header className="flex flex-col gap-2">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
        From your assessment of {formatDay(assessment.createdAt, timeZone)}
      </p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Update your plan</h1>
    </header>
  );

  if (state.kind === "no-plan") {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        {header}
        <p className="text-slate-700 dark:text-slate-300">
          You don&apos;t have a plan to update yet. Build one from this assessment instead.
        </p>
        <div>
          <Link href={`/plan/new?assessment=${encodeURIComponent(assessment.id)}`} className={buttonClass("primary")}>
            Build my plan
          </Link>
        </div>
      </div>
    );
  }

  const { plan, path, merge } = state;
  const summary = summarizeMerge(merge);
  const changes = summary.added + summary.restored + summary.archived;
  // Archived items this update would bring back are listed under "Will come back" instead.
  const setAside = merge.stillArchived.map((item) => item.view);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      {header}
      <div className="flex flex-col gap-3">
        <p className="text-lg text-slate-800 dark:text-slate-200">
          Your plan follows <strong>{PATH_INFO[plan.path].label}</strong>.{" "}
          {recommended === plan.path ? (
            <>This assessment recommends the same path.</>
          ) : (
            <>
              This assessment recommends <strong>{PATH_INFO[recommended].label}</strong>.
            </>
          )}
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          Updating keeps everything you&apos;ve done or written and only sets aside suggestions you haven&apos;t touched.
        </p>
      </div>
      <PathSwitcher assessmentId={assessment.id} paths={assessment.result.paths} recommended={recommended} selected={path} />

      <section aria-labelledby="preview-title" className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h2 id="preview-title" className="text-2xl font-bold">
            {path === plan.path ? `What changes on ${PATH_INFO[path].label}` : `What changes if you follow ${PATH_INFO[path].label}`}
          </h2>
          <p className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-slate-900 dark:border-brand-800 dark:bg-slate-900 dark:text-slate-100">
            {describeMerge(merge, path)}
          </p>
        </div>
        {/* Right under the one-line summary, so a long list below doesn't hide the decision. */}
        <ConfirmUpdate assessmentId={assessment.id} path={path} canApply={changes > 0 || plan.path !== path} />
        <UpdatePreview merge={merge} path={path} timeZone={timeZone} />
      </section>

      <ArchivedItems items={setAside} />
    </div>
  );
}
