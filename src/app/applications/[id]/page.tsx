import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/application/application-form";
import { DeleteApplicationButton } from "@/components/application/delete-application-button";
import { HandleNoForm } from "@/components/application/handle-no-form";
import { JobAnalysisPanel } from "@/components/job-description/job-analysis";
import { JobDescriptionForm } from "@/components/job-description/job-description-form";
import { TailoredBullets } from "@/components/resume/tailored-bullets";
import { SnoozeFollowUp } from "@/components/application/snooze-follow-up";
import { StageMover } from "@/components/application/stage-mover";
import { WebLink } from "@/components/ui/web-link";
import { CLOSED_STAGES, KIND_LABELS, STAGE_LABELS } from "@/domain/application";
import { templateByKey } from "@/domain/plan/templates";
import { dayIn, formatDay } from "@/domain/time-zone";
import { findApplication } from "@/server/application/queries";
import { requireUser } from "@/server/auth/session";
import { jobWorkbench, listBullets, listEvidenceStories } from "@/server/resume/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Application", robots: { index: false } };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/applications/${encodeURIComponent(id)}`);
  const [application, timeZone, stories, saved] = await Promise.all([
    findApplication(user.id, id),
    userTimeZone(user.id),
    listEvidenceStories(user.id),
    listBullets(user.id, id),
  ]);
  if (!application) notFound();
  const name = `${application.roleTitle} at ${application.company}`;
  const handleNo = templateByKey("mindset.handle_no");
  const { analysis, coverage, evidence, editable, uncoveredMustHaves } = await jobWorkbench(user.id, application, stories, saved);

  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/applications" className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
          ← All applications
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {KIND_LABELS[application.kind]} · {STAGE_LABELS[application.stage]}
          {application.followUpOn && <> · follow up {formatDay(application.followUpOn)}</>}
        </p>
        {application.link && (
          <p>
            <WebLink href={application.link} />
          </p>
        )}
        {application.followUpOn && !CLOSED_STAGES.includes(application.stage) && (
          <div className="flex flex-col gap-1">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              We&apos;ll email you at 08:00 on {formatDay(application.followUpOn)} (unless reminders are off in settings).
            </p>
            <SnoozeFollowUp applicationId={application.id} version={application.version} name={name} />
          </div>
        )}
      </header>

      {application.stage === "rejected" && (
        <section
          aria-labelledby="handle-no-title"
          className="flex flex-col gap-3 rounded-lg border border-slate-300 p-5 dark:border-slate-700"
        >
          <h2 id="handle-no-title" className="text-xl font-semibold">
            Handle a no
          </h2>
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">{handleNo?.detail}</p>
          <HandleNoForm application={application} />
        </section>
      )}

      <section aria-labelledby="stage-title" className="flex flex-col gap-3">
        <h2 id="stage-title" className="text-xl font-semibold">
          Stage
        </h2>
        <StageMover
          applicationId={application.id}
          name={name}
          stage={application.stage}
          version={application.version}
          followUpOn={application.followUpOn ? formatDay(application.followUpOn) : null}
        />
        <h3 className="font-semibold">Stage history</h3>
        <ol className="flex flex-col gap-1">
          {application.history.map((change, index) => (
            <li key={index}>
              {STAGE_LABELS[change.stage]} — {formatDay(dayIn(new Date(change.changedAt), timeZone))}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="job-title" className="flex flex-col gap-3">
        <h2 id="job-title" className="text-xl font-semibold">
          Job description
        </h2>
        <JobDescriptionForm key={application.version} application={application} />
      </section>

      {analysis && coverage && (
        <section aria-labelledby="analysis-title" className="flex flex-col gap-3">
          <h2 id="analysis-title" className="text-xl font-semibold">
            The job against your profile
          </h2>
          <JobAnalysisPanel
            analysis={analysis}
            coverage={coverage}
            pathLevel={evidence.pathLevel}
            yearsExperience={evidence.yearsExperience}
          />
        </section>
      )}

      <section aria-labelledby="bullets-title" className="flex flex-col gap-3">
        <h2 id="bullets-title" className="text-xl font-semibold">
          Tailored resume bullets
        </h2>
        <TailoredBullets
          // A new job description (the application's version) re-tailors; a save of the bullets reloads them.
          key={`${application.version}-${application.bulletsVersion}`}
          applicationId={application.id}
          bulletsVersion={application.bulletsVersion}
          initial={editable}
          saved={saved.length > 0}
          uncoveredMustHaves={uncoveredMustHaves}
          letter={{
            company: application.company,
            roleTitle: application.roleTitle,
            whyCompany: application.whyCompany,
            topAreas: analysis?.topAreas ?? [],
            stories,
          }}
        />
      </section>

      <section aria-labelledby="edit-title" className="flex flex-col gap-3">
        <h2 id="edit-title" className="text-xl font-semibold">
          Details
        </h2>
        <ApplicationForm key={application.version} application={application} />
      </section>

      <DeleteApplicationButton applicationId={application.id} name={name} />
    </div>
  );
}
