import { listFollowUps } from "@/server/application/queries";
import { getSessionUser } from "@/server/auth/session";
import { attachment, nothingToExport, notSignedIn } from "@/server/downloads";
import { planToIcs, toExportPlan } from "@/server/plan/export";
import { findActivePlan } from "@/server/plan/queries";
import { userTimeZone } from "@/server/workspace/time-zone";
import { dayIn } from "@/domain/time-zone";

export const dynamic = "force-dynamic";

/**
 * The signed-in user's calendar: the active plan's phase ends and finished steps, and every application
 * follow-up, as all-day events in the user's time zone (docs/decisions/0008-plan-exports.md, 0016-transition-workspace.md). Works
 * without a plan: follow-ups alone make a valid file.
 */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return notSignedIn();
  const [plan, followUps, timeZone] = await Promise.all([findActivePlan(user.id), listFollowUps(user.id), userTimeZone(user.id)]);
  if (!plan && followUps.length === 0) return nothingToExport("You don't have a plan or any follow-up dates yet.");
  const now = new Date();
  const ics = planToIcs(plan ? toExportPlan(plan) : null, now, timeZone, followUps);
  return attachment(ics, `pm-plan-${dayIn(now, timeZone)}.ics`, "text/calendar; charset=utf-8");
}
