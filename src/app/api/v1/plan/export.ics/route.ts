import { getSessionUser } from "@/server/auth/session";
import { attachment, isoDay, nothingToExport, notSignedIn } from "@/server/downloads";
import { planToIcs, toExportPlan } from "@/server/plans/export";
import { findActivePlan } from "@/server/plans/queries";

export const dynamic = "force-dynamic";

/** The signed-in user's active plan as calendar events: phase ends and finished steps (docs/decisions/0008-plan-exports.md). */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return notSignedIn();
  const plan = await findActivePlan(user.id);
  if (!plan) return nothingToExport("You don't have a plan yet.");
  const now = new Date();
  return attachment(planToIcs(toExportPlan(plan), now), `pm-plan-${isoDay(now)}.ics`, "text/calendar; charset=utf-8");
}
