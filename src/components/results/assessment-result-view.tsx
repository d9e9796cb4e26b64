import Link from "next/link";
import { BACKGROUND_PROFILES, PATH_INFO, type AssessmentInput, type StoredAssessmentResult } from "@/domain/assessment";
import type { AssessmentChanges } from "@/domain/assessment/compare";
import { AreaBars } from "./area-bars";
import { BridgePanel } from "./bridge-panel";
import { ChangesSummary } from "./changes-summary";
import { NextStepPanel, type NextStep } from "./next-step";
import { CLOSE_CALL_BADGE, PathRanking } from "./path-ranking";
import { ReadinessSummary } from "./readiness-summary";
import { pathStanding } from "@/domain/assessment/scale";
import { SkillRadar } from "./skill-radar";
import { BackgroundAdvice, StrengthsAndGaps } from "./strengths-and-gaps";

export interface AssessmentResultViewProps {
  /** The answers, for background-specific advice. */
  input: AssessmentInput;
  /** A fresh result, or a stored one (results of model 1 lack pros, cons, closeCall and bridge). */
  result: StoredAssessmentResult;
  nextStep: NextStep;
  /** Changes since the previous assessment; deltas are shown only when given. */
  changes?: AssessmentChanges;
  /** Display date of the previous assessment, for the changes heading. */
  previousDate?: string;
}

/**
 * The whole result, presentational only: no data fetching and no hooks, so server pages and the
 * client-side visitor preview render the same markup. Headings start at h2; the page owns the h1.
 */
export function AssessmentResultView({ input, result, nextStep, changes, previousDate }: AssessmentResultViewProps) {
  const recommended = result.recommendedPath;
  const runnerUp = result.paths[1];
  const headline = recommended.pros?.[0] ?? recommended.reasons[0];
  const standing = pathStanding(recommended, 0, result.closeCall ?? false);
  const background = BACKGROUND_PROFILES[input.currentRole];
  return (
    <div className="flex flex-col gap-10">
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <ReadinessSummary readiness={result.readiness} strengthCount={result.strengths.length} change={changes?.readiness} />
        </div>
        <section
          aria-labelledby="headline-path-title"
          className="flex flex-col gap-2 rounded-xl border border-slate-200 p-5 sm:p-6 lg:col-span-2 dark:border-slate-800"
        >
          <h2 id="headline-path-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Recommended path
          </h2>
          <p className="text-2xl font-bold text-brand-700 dark:text-brand-300">{PATH_INFO[recommended.path].label}</p>
          <p className="text-slate-700 dark:text-slate-300">
            <span className="font-semibold text-slate-900 dark:text-white">{standing.label}.</span> {headline}
          </p>
          {result.closeCall && runnerUp && (
            <p className="text-slate-700 dark:text-slate-300">
              <span className={CLOSE_CALL_BADGE}>Close call</span> {PATH_INFO[runnerUp.path].label} is nearly as good a fit.{" "}
              {recommended.wouldChangeIf?.[0]
                ? `What would tip it: ${recommended.wouldChangeIf[0]}.`
                : "Either is a sound choice: weigh which suits you better."}
            </p>
          )}
          <a href="#paths-title" className="mt-auto text-sm font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300">
            Compare all three paths
          </a>
        </section>
      </div>

      {result.bridge && <BridgePanel bridge={result.bridge} headingId="bridge-title" />}

      {changes && <ChangesSummary changes={changes} previousDate={previousDate} />}

      <section aria-labelledby="shape-title" className="flex flex-col gap-4">
        <div>
          <h2 id="shape-title" className="text-2xl font-bold">
            Your skill shape
          </h2>
          <p className="text-slate-700 dark:text-slate-300">
            Your self-rating in each of the eight PM skill areas, against what an entry-level PM needs.
          </p>
        </div>
        {/* grid-cols-1 (minmax(0, 1fr)) keeps the table alternative from widening the page on phones. */}
        <div className="grid grid-cols-1 items-start gap-8 lg:grid-cols-2">
          <SkillRadar areas={result.areas} />
          <AreaBars areas={result.areas} changes={changes?.areas} />
        </div>
      </section>

      <section aria-labelledby="strengths-title" className="flex flex-col gap-4">
        <h2 id="strengths-title" className="text-2xl font-bold">
          Strengths and gaps
        </h2>
        <StrengthsAndGaps areas={result.areas} strengths={result.strengths} gaps={result.gaps} />
        <p className="no-print text-sm">
          <Link href="/resources" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
            Browse the resource library
          </Link>{" "}
          <span className="text-slate-700 dark:text-slate-300">for books, courses and communities in every skill area.</span>
        </p>
      </section>

      <section aria-labelledby="paths-title" className="flex scroll-mt-6 flex-col gap-4" id="paths">
        <div>
          <h2 id="paths-title" className="scroll-mt-6 text-2xl font-bold">
            Your three ways in, ranked
          </h2>
          <p className="text-slate-700 dark:text-slate-300">
            The ranking weighs your situation as well as your skills: your company, your appetite for risk and how much structure you want.
          </p>
        </div>
        <PathRanking paths={result.paths} changes={changes?.paths} closeCall={result.closeCall} />
      </section>

      <section aria-labelledby="advice-title" className="flex flex-col gap-4">
        <div>
          <h2 id="advice-title" className="text-2xl font-bold">
            Advice for your move
          </h2>
          {input.currentRole !== "other" && (
            <p className="text-sm text-slate-600 dark:text-slate-400">Written for people coming from: {background.label}</p>
          )}
        </div>
        <BackgroundAdvice background={input.currentRole} gaps={result.gaps} />
      </section>

      <NextStepPanel step={nextStep} />

      {result.modelVersion && (
        <details className="text-xs text-slate-600 dark:text-slate-400">
          <summary className="inline-flex min-h-6 cursor-pointer items-center">Details</summary>
          <p className="mt-1">Worked out with version {result.modelVersion} of our scoring model.</p>
        </details>
      )}
    </div>
  );
}
