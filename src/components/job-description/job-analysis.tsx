import Link from "next/link";
import { SKILL_MODEL } from "@/domain/assessment/skills";
import {
  BRIDGE_FAMILIES,
  COVERAGE_LABELS,
  levelComparison,
  withArticle,
  type CoverageStatus,
  type JobAnalysis,
  type JobCoverage,
  type RequirementCoverage,
} from "@/domain/job-description";
import { PRACTICE_TYPE_LABELS } from "@/domain/practice";
import { AddPlanStepButton } from "./add-plan-step-button";

const STATUS_STYLE: Record<CoverageStatus, string> = {
  covered: "border-green-700 dark:border-green-400",
  partly: "border-amber-600 dark:border-amber-400",
  not_covered: "border-red-700 dark:border-red-400",
  not_assessed: "border-slate-400 dark:border-slate-600",
};

const ROLE_NAMES = {
  product_specialist: "product specialist",
  product_analyst: "product analyst",
  product_ops: "product operations",
  technical_program_manager: "technical program manager",
} as const;

/** The requirement with its matched phrases marked, so the screen says why it mapped to its areas. */
function Highlighted({ requirement }: { requirement: RequirementCoverage }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  requirement.matched.forEach((m, index) => {
    if (m.start > at) parts.push(requirement.text.slice(at, m.start));
    parts.push(
      <mark key={index} className="rounded bg-yellow-200 px-0.5 text-slate-900">
        {requirement.text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  });
  parts.push(requirement.text.slice(at));
  return <>{parts}</>;
}

function RequirementItem({ requirement }: { requirement: RequirementCoverage }) {
  return (
    <li className={`flex flex-col gap-2 border-l-4 py-1 pl-3 ${STATUS_STYLE[requirement.status]}`}>
      <p>
        <strong>{COVERAGE_LABELS[requirement.status]}:</strong> <Highlighted requirement={requirement} />
        {!requirement.mustHave && <span className="text-slate-700 dark:text-slate-300"> (nice to have)</span>}
      </p>
      {requirement.coverage.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-300">
          {requirement.coverage.map((c) => (
            <li key={c.area}>
              {SKILL_MODEL[c.area].label}: {c.rating === null ? "not rated yet" : `rated ${c.rating}`} (target {c.target}) ·{" "}
              {c.storyIds.length} {c.storyIds.length === 1 ? "story" : "stories"} · {c.practiceCount} practice{" "}
              {c.practiceCount === 1 ? "session" : "sessions"}
            </li>
          ))}
        </ul>
      )}
      {requirement.suggestions.length > 0 && (
        <ul className="flex flex-col gap-2 text-sm">
          {requirement.suggestions.map((s, index) => (
            <li key={index}>
              {s.kind === "plan_step" && <AddPlanStepButton title={s.title} detail={s.detail} />}
              {s.kind === "story" && (
                <Link href="/stories" className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  Write a story that shows {SKILL_MODEL[s.area].label.toLowerCase()}
                </Link>
              )}
              {s.kind === "practice" && (
                <Link href="/practice" className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  Log {withArticle(PRACTICE_TYPE_LABELS[s.practiceType].toLowerCase())} practice session
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function JobAnalysisPanel({
  analysis,
  coverage,
  pathLevel,
  yearsExperience,
}: {
  analysis: JobAnalysis;
  coverage: JobCoverage;
  pathLevel: "associate" | "pm" | null;
  yearsExperience: number | null;
}) {
  const bridge =
    analysis.roleFamily && BRIDGE_FAMILIES.includes(analysis.roleFamily)
      ? ROLE_NAMES[analysis.roleFamily as keyof typeof ROLE_NAMES]
      : null;
  const mustHaves = coverage.requirements.filter((r) => r.mustHave);
  const niceToHaves = coverage.requirements.filter((r) => !r.mustHave);
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-1">
        {coverage.assessed ? (
          <li>
            <strong>
              {coverage.mustHaves.covered} of {coverage.mustHaves.total} must-haves covered
            </strong>{" "}
            by your profile.
          </li>
        ) : (
          <li>
            <Link href="/assessment" className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
              Take the assessment to see coverage
            </Link>
            : until then no requirement counts as covered.
          </li>
        )}
        <li>
          {analysis.yearsRequired === null
            ? "It doesn't ask for a number of years."
            : `Asks ${analysis.yearsRequired} ${analysis.yearsRequired === 1 ? "year" : "years"}${analysis.yearsOf === "product" ? " in product" : " of experience"}`}
          {analysis.yearsRequired !== null && yearsExperience !== null && `; you have ${yearsExperience} in total.`}
        </li>
        <li>{levelComparison(analysis.level, pathLevel)}</li>
        {bridge && <li>This is a bridge role ({bridge}): a product-adjacent first step.</li>}
        {analysis.matchedRequirements === 0 && <li>We recognised no PM skill in this text, so every area weighs the same.</li>}
        {analysis.truncated && <li>Only the first 20,000 characters were read.</li>}
        <li>
          Keywords your stories never mention:{" "}
          {coverage.missingKeywords.length > 0
            ? coverage.missingKeywords.join(", ")
            : "none — every keyword of the job appears in a story."}
        </li>
      </ul>
      <h3 className="font-semibold">Must-haves</h3>
      {mustHaves.length > 0 ? (
        <ul className="flex flex-col gap-3" aria-label="Must-haves">
          {mustHaves.map((r, index) => (
            <RequirementItem key={index} requirement={r} />
          ))}
        </ul>
      ) : (
        <p>No requirements found.</p>
      )}
      {niceToHaves.length > 0 && (
        <>
          <h3 className="font-semibold">Nice to have</h3>
          <ul className="flex flex-col gap-3" aria-label="Nice to have">
            {niceToHaves.map((r, index) => (
              <RequirementItem key={index} requirement={r} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
