import Link from "next/link";
import { PATH_INFO } from "@/domain/assessment";
import { PHASE_LABELS } from "@/domain/plan";
import { phaseOnIn } from "@/domain/plan/plan-days";
import { formatDay } from "@/domain/time-zone";
import type { PlanView } from "@/shared/plan-view";
import { planDayText } from "./plan-dates";

/** The plan's title block: which path it follows and where in the 90 days the user is today, in their time zone. */
export function PlanHeader({ plan, now, timeZone }: { plan: PlanView; now: Date; timeZone: string }) {
  const createdAt = new Date(plan.createdAt);
  return (
    <header className="flex flex-col gap-2">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">Your 90-day plan</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{PATH_INFO[plan.path].label}</h1>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-slate-700 dark:text-slate-300">
        <span className="font-semibold text-slate-900 dark:text-slate-100">
          {planDayText(createdAt, now, timeZone)} · {PHASE_LABELS[phaseOnIn(createdAt, now, timeZone)]}
        </span>
        <span aria-hidden="true" className="hidden sm:inline">
          ·
        </span>
        <span>
          {/* Dates never break across lines: "24 / February 2027" reads badly on a phone. */}
          Started <span className="whitespace-nowrap">{formatDay(createdAt, timeZone)}</span>, target date{" "}
          <time dateTime={plan.targetDate} className="whitespace-nowrap">
            {formatDay(new Date(plan.targetDate), timeZone)}
          </time>
        </span>
      </p>
      {plan.assessmentId && (
        <p className="text-sm">
          <Link
            href={`/plan/update?assessment=${encodeURIComponent(plan.assessmentId)}`}
            className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            Choose a different path
          </Link>
        </p>
      )}
    </header>
  );
}
