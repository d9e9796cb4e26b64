import type { Metadata } from "next";
import { ApplicationBoard } from "@/components/application/application-board";
import { ApplicationForm } from "@/components/application/application-form";
import { ApplicationTable } from "@/components/application/application-table";
import { ConversionLine } from "@/components/application/conversion-line";
import { conversion, MAX_APPLICATIONS, parseSort, sortApplications } from "@/domain/application";
import { dayIn } from "@/domain/time-zone";
import { listApplications } from "@/server/application/queries";
import { requireUser } from "@/server/auth/session";
import { coverageByApplication } from "@/server/resume/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Applications", robots: { index: false } };

type SearchParams = Promise<{ sort?: string | string[]; dir?: string | string[] }>;

export default async function ApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/applications");
  const { sort, dir } = await searchParams;
  const [applications, timeZone] = await Promise.all([listApplications(user.id), userTimeZone(user.id)]);
  const order = parseSort(sort, dir);
  const coverage = await coverageByApplication(user.id, applications);
  const addedDays = Object.fromEntries(applications.map((a) => [a.id, dayIn(new Date(a.createdAt), timeZone)]));
  const funnel = conversion(applications.map((a) => ({ stage: a.stage, history: a.history.map((h) => h.stage) })));

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Applications</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          The companies and roles you&apos;re pursuing, from research to offer. Moving a stage records the date. Up to {MAX_APPLICATIONS}{" "}
          applications.
        </p>
      </header>
      <ConversionLine steps={funnel} />
      <section aria-labelledby="add-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800">
        <h2 id="add-title" className="text-xl font-semibold">
          Add an application
        </h2>
        <ApplicationForm />
      </section>
      {applications.length > 0 ? (
        <>
          <ApplicationBoard applications={applications} coverage={coverage} />
          <ApplicationTable applications={sortApplications(applications, order.key, order.direction)} sort={order} addedDays={addedDays} />
        </>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">No applications yet. Add the first company you&apos;re researching above.</p>
      )}
    </div>
  );
}
