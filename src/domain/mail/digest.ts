/**
 * The weekly check-in: progress since last week, the next three actions and, when it is time, a nudge to
 * re-assess. Pure: the caller loads the plan and passes the clock.
 */
import { singleLine } from "./headers";
import type { MailContent } from "./messages";

import { DAY_MS } from "../duration";
export const REASSESS_AFTER_DAYS = 30;
export const REASSESS_AT_PERCENT = 80;

export interface DigestInput {
  name: string;
  now: Date;
  /** The active plan, or null when the user has none. */
  plan: {
    percent: number;
    /** Steps marked done or skipped in the last seven days. */
    finishedThisWeek: readonly string[];
    /** Open steps in plan order (phase, then position); the first three are shown. */
    openSteps: readonly string[];
  } | null;
  /** When the latest assessment was taken, or null. */
  lastAssessmentAt: Date | null;
  /** Open applications whose follow-up day (in the user's zone) is today or past, soonest first. */
  followUpsDue?: readonly { company: string; roleTitle: string; followUpOn: string }[];
  links: { dashboard: string; assessment: string; settings: string; unsubscribe: string; applications?: string };
}

export function shouldNudgeReassessment(input: Pick<DigestInput, "now" | "plan" | "lastAssessmentAt">): boolean {
  if (!input.lastAssessmentAt) return true;
  const ageDays = (input.now.getTime() - input.lastAssessmentAt.getTime()) / DAY_MS;
  return ageDays >= REASSESS_AFTER_DAYS || (input.plan !== null && input.plan.percent >= REASSESS_AT_PERCENT);
}

export function composeDigest(input: DigestInput): MailContent {
  const lines = [`Hi ${singleLine(input.name, 100)},`, ""];
  const { plan } = input;
  if (!plan) {
    lines.push(
      "You don't have a plan yet. Take the assessment to get a 90-day plan that fits where you stand:",
      "",
      input.links.assessment,
    );
  } else {
    const finished = plan.finishedThisWeek;
    if (finished.length === 0) {
      lines.push(
        `No steps finished this week — that's fine; one small step this week keeps the plan moving. Your plan is ${plan.percent}% done.`,
      );
    } else {
      lines.push(
        `This week you finished ${finished.length} ${finished.length === 1 ? "step" : "steps"}. Your plan is ${plan.percent}% done.`,
      );
      for (const title of finished) lines.push(`  ✓ ${singleLine(title, 120)}`);
    }
    lines.push("");
    const next = plan.openSteps.slice(0, 3);
    if (next.length > 0) {
      lines.push("Your next three actions:");
      next.forEach((title, index) => lines.push(`  ${index + 1}. ${singleLine(title, 120)}`));
    } else {
      lines.push("Every step of your plan is dealt with. Well done.");
    }
    lines.push("", `Open your plan: ${input.links.dashboard}`);
  }
  const followUps = input.followUpsDue ?? [];
  if (followUps.length > 0) {
    lines.push("", `Follow-ups due (${followUps.length}):`);
    for (const f of followUps.slice(0, 5)) {
      lines.push(`  • ${singleLine(f.company, 80)} — ${singleLine(f.roleTitle, 80)} (since ${f.followUpOn})`);
    }
    if (followUps.length > 5) lines.push(`  … and ${followUps.length - 5} more`);
    if (input.links.applications) lines.push(`Your applications: ${input.links.applications}`);
  }
  if (plan && shouldNudgeReassessment(input)) {
    lines.push(
      "",
      "It's a good time to re-assess: your skills have moved since your last assessment, and your plan can move with them.",
      input.links.assessment,
    );
  }
  lines.push(
    "",
    "— PM Pathfinder",
    "",
    `You get this because you turned on the weekly check-in. Change your emails: ${input.links.settings}`,
    `Unsubscribe with one click: ${input.links.unsubscribe}`,
  );
  const subject =
    plan && plan.finishedThisWeek.length > 0
      ? `Your week: ${plan.finishedThisWeek.length} ${plan.finishedThisWeek.length === 1 ? "step" : "steps"} done, ${plan.percent}% of your plan`
      : "Your weekly PM Pathfinder check-in";
  return { subject, text: lines.join("\n") };
}
