import Link from "next/link";
import { PATH_INFO, type TransitionPath } from "@/domain/assessment";

interface PlanUpdatePromptProps {
  /** The assessment the update would follow (usually the latest). */
  assessmentId: string;
  recommendedPath: TransitionPath;
  /** The active plan's path and the assessment it was last built or updated from. */
  planPath: TransitionPath;
  planAssessmentId?: string | null;
  /** How to name the assessment: "Your latest assessment" (dashboard, history) or "This assessment" (its result page). */
  subject?: string;
}

const linkClass = "font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300";

/**
 * Points from an assessment to /plan/update. A changed recommendation gets a callout; the same path
 * re-assessed gets a quiet link (new gaps can still change the skill steps); a plan already built from
 * this assessment gets nothing.
 */
export function PlanUpdatePrompt({
  assessmentId,
  recommendedPath,
  planPath,
  planAssessmentId,
  subject = "Your latest assessment",
}: PlanUpdatePromptProps) {
  const href = `/plan/update?assessment=${encodeURIComponent(assessmentId)}`;
  if (recommendedPath !== planPath) {
    return (
      <p className="rounded-lg border border-amber-700/40 bg-white p-3 text-slate-900 dark:border-amber-400/40 dark:bg-slate-950 dark:text-slate-100">
        {subject} recommends <strong>{PATH_INFO[recommendedPath].label}</strong>, but your plan follows{" "}
        <strong>{PATH_INFO[planPath].label}</strong>.{" "}
        <Link href={href} className={linkClass}>
          Review how your plan would change
        </Link>
      </p>
    );
  }
  if (planAssessmentId === undefined || planAssessmentId === assessmentId) return null;
  return (
    <p className="text-slate-700 dark:text-slate-300">
      Your plan already follows {PATH_INFO[planPath].label}.{" "}
      <Link href={href} className={linkClass}>
        See what this assessment would change in it
      </Link>
    </p>
  );
}
