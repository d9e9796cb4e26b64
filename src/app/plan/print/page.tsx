import type { Metadata } from "next";
import Link from "next/link";
import { PlanDocument } from "@/components/plan-document/plan-document";
import { PrintButton } from "@/components/plan-document/print-button";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/server/auth/session";
import { findActivePlan } from "@/server/plan/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Printable plan" };

/** The active plan as a clean document for "Print" or "Save as PDF". */
export default async function PrintablePlanPage() {
  const user = await requireUser("/plan/print");
  const [plan, timeZone] = await Promise.all([findActivePlan(user.id), userTimeZone(user.id)]);
  if (!plan) {
    return (
      <div className="flex max-w-xl flex-col items-start gap-4">
        <h1 className="text-3xl font-bold">Printable plan</h1>
        <p className="text-slate-700 dark:text-slate-300">You don&apos;t have a plan yet. Take the assessment to get one.</p>
        <Link href="/assessment" className={buttonClass("primary")}>
          Take the assessment
        </Link>
      </div>
    );
  }
  return (
    <PlanDocument
      heading="My 90-day plan into product management"
      path={plan.path}
      createdAt={new Date(plan.createdAt)}
      items={plan.items}
      showPathDescription
      timeZone={timeZone}
      intro={
        <div className="no-print flex flex-wrap items-center gap-3">
          <PrintButton />
          <Link href="/settings#your-data" className="text-sm font-medium text-brand-700 underline dark:text-brand-300">
            Other ways to export
          </Link>
        </div>
      }
    />
  );
}
