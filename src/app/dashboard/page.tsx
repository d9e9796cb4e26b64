import type { Metadata } from "next";
import { ContinuityBanner } from "@/components/plan/continuity-banner";
import { NoAssessmentYet, NoPlanYet } from "@/components/plan/dashboard-empty";
import { ExportLinks } from "@/components/plan/export-links";
import { BridgePanel } from "@/components/results/bridge-panel";
import { PendingResultOffer } from "@/components/results/pending-result-offer";
import { PlanBoard } from "@/components/plan/plan-board";
import { PlanHeader } from "@/components/plan/plan-header";
import { FollowUpsWidget } from "@/components/workspace/follow-ups-widget";
import { TimeZoneDetector } from "@/components/workspace/time-zone-detector";
import { followUpsOn } from "@/domain/application";
import { planProgress } from "@/domain/plan";
import { phaseOnIn } from "@/domain/plan/plan-days";
import { dayIn } from "@/domain/time-zone";
import { todayAgenda, weekOf } from "@/domain/plan/today";
import { TodayPanel } from "@/components/plan/today-panel";
import { listNewFeedback } from "@/server/sharing/mentor";
import { sessionsBetween } from "@/domain/practice";
import { storyGaps } from "@/domain/story";
import { StoryGapsWidget, WeekPracticeWidget } from "@/components/workspace/workspace-widgets";
import { listPractice } from "@/server/practice/queries";
import { listStories } from "@/server/story/queries";
import { listFollowUps } from "@/server/application/queries";
import { peopleByPlanItem } from "@/server/person/queries";
import { PeopleByStepProvider } from "@/components/person/step-people";
import { TimeZoneProvider } from "@/components/ui/time-zone-context";
import { hasTimeZone, userTimeZone } from "@/server/workspace/time-zone";
import { latestAssessments } from "@/server/assessment/queries";
import { requireUser } from "@/server/auth/session";
import { latestAssessmentSummary } from "@/server/history/queries";
import { compactPlanItems, findActivePlan } from "@/server/plan/queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [plan, timeZoneKnown, followUps, timeZone, practice, stories, [latestResult]] = await Promise.all([
    findActivePlan(user.id),
    hasTimeZone(user.id),
    listFollowUps(user.id),
    userTimeZone(user.id),
    listPractice(user.id),
    listStories(user.id),
    latestAssessments(user.id, 1),
  ]);
  // The latest result's bridge (model 2) stays in view until a re-assessment clears it.
  const bridge = latestResult?.result.bridge;
  const today = dayIn(new Date(), timeZone);
  const { overdue, upcoming } = followUpsOn(followUps, today);
  const { monday, sunday } = weekOf(today);
  const weekPractice = sessionsBetween(practice, monday, sunday);
  const workspace = (
    <>
      {!timeZoneKnown && <TimeZoneDetector />}
      <div className="grid gap-4 lg:grid-cols-3">
        <FollowUpsWidget overdue={overdue} upcoming={upcoming} />
        <WeekPracticeWidget sessions={weekPractice} />
        {latestResult && <StoryGapsWidget gaps={storyGaps(latestResult.result.gaps, stories)} />}
      </div>
    </>
  );

  if (!plan) {
    const latest = latestResult;
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
        <PendingResultOffer />
        {bridge && <BridgePanel bridge={bridge} headingId="bridge-title" />}
        {latest ? (
          <NoPlanYet
            assessmentId={latest.id}
            assessedAt={latest.createdAt}
            recommendedPath={latest.result.recommendedPath.path}
            timeZone={timeZone}
          />
        ) : (
          <NoAssessmentYet />
        )}
        {workspace}
      </div>
    );
  }

  const now = new Date();
  const [latest, peopleByStep, newFeedback] = await Promise.all([
    latestAssessmentSummary(user.id),
    peopleByPlanItem(user.id),
    listNewFeedback(user.id),
  ]);
  const agenda = todayAgenda(plan.items, today, timeZone);
  return (
    <div className="flex flex-col gap-6">
      <PlanHeader plan={plan} now={now} timeZone={timeZone} />
      <PendingResultOffer />
      {/* Keyed by plan: building a new plan starts the board's state afresh. */}
      <PeopleByStepProvider value={peopleByStep}>
        <TimeZoneProvider value={timeZone}>
          <PlanBoard
            key={plan.id}
            // A compact list: each step's text and resources are fetched when its details are opened.
            initialItems={compactPlanItems(plan.items)}
            archivedItems={compactPlanItems(plan.archivedItems)}
            currentPhase={phaseOnIn(new Date(plan.createdAt), now, timeZone)}
            today={
              <TodayPanel
                today={today}
                dueFollowUps={overdue.concat(upcoming.filter((f) => f.followUpOn === today))}
                reminders={agenda.reminders}
                newFeedback={newFeedback}
                week={{ monday, sunday, stepsDone: agenda.doneThisWeek, practiceSessions: weekPractice.length }}
              />
            }
            banner={
              latest && (
                <ContinuityBanner
                  lastAssessmentAt={latest.createdAt}
                  planPercent={planProgress(plan.items).percent}
                  now={now}
                  timeZone={timeZone}
                  latestAssessmentId={latest.id}
                  recommendedPath={latest.recommendedPath}
                  planPath={plan.path}
                />
              )
            }
          />
        </TimeZoneProvider>
      </PeopleByStepProvider>
      {/* Below today and the plan: the bridge is standing advice, not today's work. */}
      {bridge && <BridgePanel bridge={bridge} headingId="bridge-title" />}
      {workspace}
      <ExportLinks />
    </div>
  );
}
