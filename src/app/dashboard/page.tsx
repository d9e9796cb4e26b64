import type { Metadata } from "next";
import { ContinuityBanner } from "@/components/plan/continuity-banner";
import { NoAssessmentYet, NoPlanYet } from "@/components/plan/dashboard-empty";
import { ExportLinks } from "@/components/plan/export-links";
import { BridgePanel } from "@/components/results/bridge-panel";
import { PendingResultOffer } from "@/components/results/pending-result-offer";
import { PlanBoard } from "@/components/plan/plan-board";
import { PlanHeader } from "@/components/plan/plan-header";
import { phaseOn, planProgress } from "@/domain/plan";
import { latestAssessments } from "@/server/assessments/queries";
import { requireUser } from "@/server/auth/session";
import { latestAssessmentSummary } from "@/server/history/queries";
import { findActivePlan } from "@/server/plans/queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [plan, [latestAssessment]] = await Promise.all([findActivePlan(user.id), latestAssessments(user.id, 1)]);
  // The latest result's bridge (model 2) stays in view until a re-assessment clears it.
  const bridge = latestAssessment?.result.bridge;

  if (!plan) {
    const latest = latestAssessment;
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
          />
        ) : (
          <NoAssessmentYet />
        )}
      </div>
    );
  }

  const now = new Date();
  const latest = await latestAssessmentSummary(user.id);
  return (
    <div className="flex flex-col gap-8">
      <PlanHeader plan={plan} now={now} />
      <PendingResultOffer />
      {bridge && <BridgePanel bridge={bridge} headingId="bridge-title" />}
      {/* Keyed by plan: building a new plan starts the board's state afresh. */}
      <PlanBoard
        key={plan.id}
        initialItems={plan.items}
        archivedItems={plan.archivedItems}
        currentPhase={phaseOn(new Date(plan.createdAt), now)}
        banner={
          latest && (
            <ContinuityBanner
              lastAssessmentAt={latest.createdAt}
              planPercent={planProgress(plan.items).percent}
              now={now}
              latestAssessmentId={latest.id}
              recommendedPath={latest.recommendedPath}
              planPath={plan.path}
            />
          )
        }
      />
      <ExportLinks />
    </div>
  );
}
