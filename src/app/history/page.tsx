import type { Metadata } from "next";
import { HistoryEmpty } from "@/components/history/history-empty";
import { HistoryView } from "@/components/history/history-view";
import { numbered } from "@/components/history/assessment-names";
import { pickPair } from "@/components/history/pick-pair";
import { ContinuityBanner } from "@/components/plan/continuity-banner";
import { activityHeatmap, addDays, HEATMAP_WEEKS, startOfWeek, weeklyCounts, WEEK_DAYS } from "@/domain/history";
import { planProgress } from "@/domain/plan";
import { wallClock } from "@/domain/calendar";
import { requireUser } from "@/server/auth/session";
import { userTimeZone } from "@/server/workspace/time-zone";
import { z } from "zod";
import { TIMELINE_PAGE } from "@/components/history/history-timeline";
import {
  activityDates,
  assessmentResults,
  completionDates,
  firstPlanStart,
  HISTORY_LIMITS,
  listAssessmentSummaries,
} from "@/server/history/queries";
import { findActivePlan } from "@/server/plan/queries";

export const metadata: Metadata = { title: "Your history", robots: { index: false } };

type SearchParams = Promise<{ a?: string | string[]; b?: string | string[]; shown?: string | string[] }>;

/** ?shown=: how many assessments the timeline lists; anything else falls back to one page. */
const shownSchema = z.coerce.number().int().min(TIMELINE_PAGE).max(HISTORY_LIMITS.assessments).catch(TIMELINE_PAGE);

export default async function HistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/history");
  const { a, b, shown } = await searchParams;
  const timeZone = await userTimeZone(user.id);
  // Days and weeks are the user's: every instant is read as their wall clock (docs/decisions/0016-transition-workspace.md).
  const local = (date: Date) => wallClock(date, timeZone);
  const instant = new Date();
  const now = local(instant);
  // One spare day, so that events early in the first local day are never cut off by the UTC query bound.
  const heatmapStart = addDays(startOfWeek(now), -(HEATMAP_WEEKS - 1) * WEEK_DAYS - 1);
  const [rows, completionsUtc, activityUtc, planStartUtc, plan] = await Promise.all([
    listAssessmentSummaries(user.id),
    completionDates(user.id),
    activityDates(user.id, heatmapStart),
    firstPlanStart(user.id),
    findActivePlan(user.id),
  ]);
  const completions = completionsUtc.map(local);
  const activity = activityUtc.map(local);
  const planStart = planStartUtc && local(planStartUtc);
  const assessments = numbered(rows);
  const latest = assessments[assessments.length - 1];
  const first = assessments[0];
  const pair = pickPair(assessments, a, b);
  // Only the results on show are read: the first and latest (charts) and the compared pair.
  const results = await assessmentResults(
    user.id,
    [first, latest, pair?.from, pair?.to].flatMap((x) => (x ? [x.id] : [])),
  );
  const withResult = <T extends (typeof assessments)[number]>(x: T) => ({ ...x, result: results.get(x.id)! });

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your history</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every assessment you&apos;ve taken and the work you&apos;ve done on your plan, so you can see what moved.
        </p>
      </header>
      {latest && first ? (
        <>
          <ContinuityBanner
            lastAssessmentAt={latest.createdAt}
            planPercent={plan ? planProgress(plan.items.map(({ category, phase, status }) => ({ category, phase, status }))).percent : null}
            now={instant}
            timeZone={timeZone}
            latestAssessmentId={latest.id}
            recommendedPath={latest.recommendedPath}
            planPath={plan?.path ?? null}
            showHistoryLink={false}
          />
          <HistoryView
            assessments={assessments}
            first={withResult(first)}
            latest={withResult(latest)}
            timelineShown={shownSchema.parse(Array.isArray(shown) ? shown[0] : shown)}
            pair={pair && { ...pair, from: withResult(pair.from), to: withResult(pair.to) }}
            weekly={planStart ? weeklyCounts({ dates: completions, now, from: planStart }) : null}
            heatmap={activityHeatmap({ dates: activity, now })}
            timeZone={timeZone}
          />
        </>
      ) : (
        <HistoryEmpty />
      )}
    </div>
  );
}
