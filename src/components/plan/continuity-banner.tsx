import Link from "next/link";
import type { TransitionPath } from "@/domain/assessment";
import { continuityAdvice, daysAgo, REASSESS_AFTER_DAYS, type ReassessReason } from "@/domain/history";
import { PlanUpdatePrompt } from "@/components/plan-update/plan-update-prompt";
import { formatDay } from "@/domain/time-zone";
import { buttonClass } from "@/components/ui/button";

export interface ContinuityBannerProps {
  /** When the latest assessment was saved. */
  lastAssessmentAt: Date;
  /** The active plan's progress, 0–100 (planProgress(items).percent); null when there is no plan. */
  planPercent: number | null;
  now: Date;
  /** The person's IANA zone: the date shown is their day. */
  timeZone: string;
  /** The latest assessment, so a changed recommendation can link to the plan update. */
  latestAssessmentId?: string;
  recommendedPath?: TransitionPath;
  /** The active plan's path, when there is a plan. */
  planPath?: TransitionPath | null;
  /** Hide the link to /history (on the history page itself). */
  showHistoryLink?: boolean;
}

const REASON_TEXT: Record<ReassessReason, string> = {
  time: `It's been ${REASSESS_AFTER_DAYS} days or more. Skills move over weeks, so this is a good moment to re-assess and see what changed.`,
  progress: "You've worked through most of your plan. Re-assess so your next steps come from where you stand now.",
};

/**
 * "Since you last checked in": days since the last assessment, a nudge to re-assess after a month or
 * near the end of the plan (rule: domain/history/continuity.ts), and a way to move the plan onto a
 * newly recommended path.
 */
export function ContinuityBanner({
  lastAssessmentAt,
  planPercent,
  now,
  timeZone,
  latestAssessmentId,
  recommendedPath,
  planPath,
  showHistoryLink = true,
}: ContinuityBannerProps) {
  const advice = continuityAdvice({ lastAssessmentAt, planPercent, now, recommendedPath, planPath });
  const showPathChange = advice.pathDiffers && latestAssessmentId && recommendedPath && planPath;
  return (
    <section
      aria-labelledby="continuity-title"
      className="no-print flex flex-col gap-3 rounded-xl border border-brand-200 bg-brand-50 p-5 text-slate-900 dark:border-brand-800 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="continuity-title" className="text-lg font-semibold">
        {advice.suggestReassess ? "Time for a check-in" : "Your check-in"}
      </h2>
      <p>
        You last assessed yourself <strong>{daysAgo(advice.daysSinceAssessment)}</strong>, on {formatDay(lastAssessmentAt, timeZone)}.
        {planPercent !== null && <> Your plan is {planPercent}% done.</>}
      </p>
      {advice.reasons.map((reason) => (
        <p key={reason} className="text-slate-700 dark:text-slate-300">
          {REASON_TEXT[reason]}
        </p>
      ))}
      {showPathChange && <PlanUpdatePrompt assessmentId={latestAssessmentId} recommendedPath={recommendedPath} planPath={planPath} />}
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/assessment" className={buttonClass(advice.suggestReassess ? "primary" : "secondary")}>
          Re-assess now
        </Link>
        {showHistoryLink && (
          <Link href="/history" className="text-sm font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300">
            See your history
          </Link>
        )}
      </div>
    </section>
  );
}
