import Link from "next/link";
import type { Heatmap, WeeklyCounts } from "@/domain/history";
import { formatDay } from "@/domain/time-zone";
import { ActivityHeatmap } from "./activity-heatmap";
import type { NumberedAssessment, NumberedSummary } from "./assessment-names";
import { CompareForm } from "./compare-form";
import { ComparisonTable } from "./comparison-table";
import { HistoryTimeline } from "./history-timeline";
import type { PickedPair } from "./pick-pair";
import { SkillShapeChart } from "./skill-shape-chart";
import { WeeklyCompletionsChart } from "./weekly-completions-chart";

interface HistoryViewProps {
  /** Oldest first, at least one; without results (the timeline and the pickers). */
  assessments: readonly NumberedSummary[];
  /** The first and the latest, with their results (the skill-shape chart). */
  first: NumberedAssessment;
  latest: NumberedAssessment;
  /** How many of the newest the timeline shows (the rest are a link away). */
  timelineShown: number;
  pair: PickedPair<NumberedAssessment> | null;
  /** Null when the user has never had a plan. */
  weekly: WeeklyCounts | null;
  heatmap: Heatmap;
  /** The user's IANA zone: the days and weeks above are counted in it. */
  timeZone: string;
}

const sectionClass = "flex scroll-mt-6 flex-col gap-4";
const headingClass = "scroll-mt-6 text-2xl font-bold";
const introClass = "text-slate-700 dark:text-slate-300";

/** The history page's sections, presentational only: the page loads the data and the domain buckets it. */
export function HistoryView({ assessments, first, latest, timelineShown, pair, weekly, heatmap, timeZone }: HistoryViewProps) {
  const several = assessments.length > 1;
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="timeline-title" className={sectionClass}>
        <h2 id="timeline-title" className={headingClass}>
          Your assessments
        </h2>
        <HistoryTimeline assessments={assessments} shown={timelineShown} pair={pair} timeZone={timeZone} />
      </section>

      {pair && (
        <section aria-labelledby="compare-title" className={sectionClass}>
          <div>
            <h2 id="compare-title" className={headingClass}>
              Compare two assessments
            </h2>
            <p className={introClass}>Pick any two; the older one is shown first, and every change reads from it to the newer one.</p>
          </div>
          <CompareForm assessments={assessments} fromId={pair.from.id} toId={pair.to.id} timeZone={timeZone} />
          {pair.notice && (
            <p
              role="status"
              className="rounded-md border border-amber-700/40 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-200"
            >
              {pair.notice}
            </p>
          )}
          <ComparisonTable from={pair.from} to={pair.to} timeZone={timeZone} />
        </section>
      )}

      <section aria-labelledby="shape-history-title" className={sectionClass}>
        <div>
          <h2 id="shape-history-title" className={headingClass}>
            {several ? "Your skill shape, then and now" : "Your skill shape"}
          </h2>
          <p className={introClass}>Your self-rating in each of the eight PM skill areas (1–5), against what an entry-level PM needs.</p>
        </div>
        <SkillShapeChart
          latest={{ name: `${several ? "Latest" : "Your level"} (${formatDay(latest.createdAt, timeZone)})`, areas: latest.result.areas }}
          first={several ? { name: `First (${formatDay(first.createdAt, timeZone)})`, areas: first.result.areas } : undefined}
        />
      </section>

      <div className="grid grid-cols-1 gap-12 lg:grid-cols-2">
        <section aria-labelledby="weekly-title" className={sectionClass}>
          <div>
            <h2 id="weekly-title" className={headingClass}>
              Plan items completed per week
            </h2>
            <p className={introClass}>Counted on the day you last marked each item done.</p>
          </div>
          {weekly ? (
            <WeeklyCompletionsChart counts={weekly} labelledBy="weekly-title" />
          ) : (
            <p className={introClass}>
              Once you have a plan, the steps you finish show up here week by week.{" "}
              <Link
                href={`/plan/new?assessment=${encodeURIComponent(latest.id)}`}
                className="font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-300"
              >
                Build your plan
              </Link>
            </p>
          )}
        </section>

        <section aria-labelledby="activity-title" className={sectionClass}>
          <div>
            <h2 id="activity-title" className={headingClass}>
              Your activity, last 12 weeks
            </h2>
            <p className={introClass}>
              Every assessment, plan and change to a plan item counts as an action. Days are in your time zone, {timeZone}.
            </p>
          </div>
          <ActivityHeatmap map={heatmap} labelledBy="activity-title" />
        </section>
      </div>
    </div>
  );
}
