import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MentorRatingForm } from "@/components/mentor/mentor-rating-form";
import { SharedExtras } from "@/components/mentor/shared-extras";
import { PlanDocument } from "@/components/plan-document/plan-document";
import { formatDay } from "@/domain/time-zone";
import { findSharedPlan } from "@/server/sharing/queries";

// Someone's private plan behind a secret link: never indexed, never cached (next.config.ts adds no-store).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shared plan", robots: { index: false, follow: false } };

export default async function SharedPlanPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const plan = await findSharedPlan(token, new Date());
  // Unknown, revoked and expired links all end here, looking exactly the same.
  if (!plan) notFound();
  const name = plan.ownerFirstName;
  return (
    <div className="flex flex-col gap-12">
      <PlanDocument
        heading={`${name}'s plan into product management`}
        path={plan.path}
        createdAt={plan.createdAt}
        timeZone={plan.timeZone}
        items={plan.items}
        intro={
          <div className="flex flex-col gap-2 text-slate-700 dark:text-slate-300">
            <p>
              {name} shared this read-only view of their 90-day plan with you. It shows their progress as it is right now.
              {plan.expiresAt ? ` The link works until ${formatDay(plan.expiresAt, plan.timeZone)}.` : ""}
            </p>
            {plan.superseded && (
              <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200">
                {name} has started a newer plan since sharing this one, so it may be out of date.
              </p>
            )}
          </div>
        }
      />
      <SharedExtras plan={plan} />
      <section
        aria-labelledby="mentor-rating-title"
        className="no-print flex flex-col gap-4 border-t border-slate-200 pt-8 dark:border-slate-800"
      >
        <h2 id="mentor-rating-title" className="text-2xl font-semibold">
          How do you see {name}&apos;s skills?
        </h2>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {name} would value your own view. Pick, for each area, the description that best matches what you have seen {name} do (read
          &ldquo;you&rdquo; as {name}), or &ldquo;Not sure&rdquo;. You won&apos;t see {name}&apos;s own ratings first, so yours stay your
          own. {name} sees your ratings, and your name and note if you add them.
        </p>
        <MentorRatingForm token={token} ownerName={name} />
      </section>
    </div>
  );
}
