import { planToMarkdown } from "@/domain/plan/export";
import { storiesToMarkdown } from "@/domain/story";
import { listStories } from "@/server/story/queries";
import { getSessionUser } from "@/server/auth/session";
import { attachment, isoDay, nothingToExport, notSignedIn } from "@/server/downloads";
import { toExportPlan } from "@/server/plan/export";
import { findActivePlan } from "@/server/plan/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const dynamic = "force-dynamic";

/** The signed-in user's active plan as a Markdown checklist, with the story bank as an appendix. */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return notSignedIn();
  const [plan, stories, timeZone] = await Promise.all([findActivePlan(user.id), listStories(user.id), userTimeZone(user.id)]);
  if (!plan) return nothingToExport("You don't have a plan yet.");
  const markdown = planToMarkdown(toExportPlan(plan), timeZone) + storiesToMarkdown(stories);
  return attachment(markdown, `pm-plan-${isoDay(new Date())}.md`, "text/markdown; charset=utf-8");
}
