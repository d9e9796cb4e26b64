import Link from "next/link";
import { PATH_INFO, type TransitionPath } from "@/domain/assessment";
import { buttonClass } from "@/components/ui/button";
import { formatDay } from "@/domain/time-zone";

const panel = "flex flex-col gap-3 rounded-xl border border-slate-200 p-6 dark:border-slate-800";

/** First visit: nothing to plan from yet, so the one thing to do is the assessment. */
export function NoAssessmentYet() {
  return (
    <section aria-labelledby="start-title" className={panel}>
      <h2 id="start-title" className="text-xl font-semibold">
        Start with your assessment
      </h2>
      <p className="text-slate-700 dark:text-slate-300">
        Your plan is built from where you stand today. Answer a few questions about your role, your company and your skills (about three
        minutes), and you&apos;ll get a skill profile, the path into product management that fits you best, and a 90-day plan to follow
        here.
      </p>
      <div>
        <Link href="/assessment" className={buttonClass("primary")}>
          Take the assessment
        </Link>
      </div>
    </section>
  );
}

interface NoPlanYetProps {
  assessmentId: string;
  assessedAt: Date;
  recommendedPath: TransitionPath;
  /** The user's IANA zone: the assessment's day is theirs. */
  timeZone: string;
}

/** Assessed but no plan: offer to build it from the latest result, or to look at that result again. */
export function NoPlanYet({ assessmentId, assessedAt, recommendedPath, timeZone }: NoPlanYetProps) {
  const id = encodeURIComponent(assessmentId);
  return (
    <section aria-labelledby="build-title" className={panel}>
      <h2 id="build-title" className="text-xl font-semibold">
        Turn your assessment into a plan
      </h2>
      <p className="text-slate-700 dark:text-slate-300">
        Your latest assessment, from {formatDay(assessedAt, timeZone)}, recommends{" "}
        <strong className="font-semibold text-slate-900 dark:text-slate-100">{PATH_INFO[recommendedPath].label}</strong>. Build a 90-day
        plan from it: concrete steps in three phases that you tick off week by week.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href={`/plan/new?assessment=${id}`} className={buttonClass("primary")}>
          Build my plan
        </Link>
        <Link href={`/assessment/${id}`} className={buttonClass("secondary")}>
          See my latest result
        </Link>
      </div>
    </section>
  );
}
