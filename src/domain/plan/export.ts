/**
 * A plan as files the user takes elsewhere: a Markdown checklist and calendar events (serialised to .ics by
 * the server with the `ics` package). Pure: dates come from the plan, never from the clock. Calendar days are
 * the user's, in their time zone (docs/decisions/0016-transition-workspace.md; UTC when none is known).
 */
import type { DateArray, EventAttributes } from "ics";
import { PATH_INFO } from "@/domain/assessment/paths";
import type { TransitionPath } from "@/domain/assessment/schemas";
import { RESOURCE_KIND_LABELS, type ResourceLink } from "@/domain/resource";
import { ITEM_STATUS_LABELS, PHASE_DAYS, PHASE_LABELS, PLAN_PHASES, type ItemStatus, type PlanItemCategory, type PlanPhase } from "./model";
import { addDays } from "@/domain/calendar";
import { escapeMarkdown } from "@/domain/text";
import { dayIn, dayParts, formatDay } from "@/domain/time-zone";
import { planProgress } from "./progress";

export interface ExportItem {
  id: string;
  title: string;
  why: string;
  detail: string;
  category: PlanItemCategory;
  phase: PlanPhase;
  position: number;
  status: ItemStatus;
  note: string;
  statusChangedAt: Date | null;
  /** Curated resources for the step (looked up by template key by the caller). */
  resources?: readonly ResourceLink[];
  /** When the user asked to be reminded about this step ("remind me on…"), or null/absent. */
  remindAt?: Date | null;
}

/** The active plan with its active items (archived ones are left out by the caller). */
export interface ExportPlan {
  id: string;
  path: TransitionPath;
  createdAt: Date;
  items: readonly ExportItem[];
}

/**
 * The person's calendar day phase `phase` ends on: 30, 60 or 90 days after the day the plan was made, in
 * their zone (calendar days, so a daylight-saving change near midnight cannot move it).
 */
export function phaseEndDay(createdAt: Date, phase: PlanPhase, timeZone: string): string {
  return addDays(dayIn(createdAt, timeZone), phase * PHASE_DAYS);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function byPosition(a: ExportItem, b: ExportItem): number {
  return a.position - b.position;
}

function itemsOf(plan: ExportPlan, phase: PlanPhase): ExportItem[] {
  return plan.items.filter((item) => item.phase === phase).sort(byPosition);
}

function markdownItem(item: ExportItem, timeZone: string): string[] {
  const title = escapeMarkdown(oneLine(item.title));
  const checkbox = item.status === "done" || item.status === "skipped" ? "[x]" : "[ ]";
  const head = item.status === "skipped" ? `~~${title}~~ (skipped)` : item.status === "in_progress" ? `${title} (in progress)` : title;
  const lines = [`- ${checkbox} ${head}`];
  if (item.why) lines.push(`  Why: ${escapeMarkdown(oneLine(item.why))}`);
  if (item.detail) lines.push(`  How: ${escapeMarkdown(oneLine(item.detail))}`);
  for (const r of (item.resources ?? []).filter((r) => r.url.startsWith("https://")))
    lines.push(
      `  Resource: [${escapeMarkdown(r.title)}](${r.url}) by ${escapeMarkdown(r.author)} (${RESOURCE_KIND_LABELS[r.kind].toLowerCase()}, ${r.free ? "free" : "paid"})`,
    );
  if (item.status === "done" && item.statusChangedAt) lines.push(`  Done on ${formatDay(item.statusChangedAt, timeZone)}.`);
  const note = item.note.trim();
  if (note) lines.push(`  Note: ${note.split(/\r?\n/).map(escapeMarkdown).join("  \n  ")}`);
  return lines;
}

/** The whole plan as a Markdown checklist, phase by phase; dates are days in the user's `timeZone`. */
export function planToMarkdown(plan: ExportPlan, timeZone = "UTC"): string {
  const progress = planProgress(plan.items);
  const lines = [
    "# My 90-day plan into product management",
    "",
    `- **Path:** ${PATH_INFO[plan.path].label}`,
    `- **Started:** ${formatDay(plan.createdAt, timeZone)}`,
    `- **Ends:** ${formatDay(phaseEndDay(plan.createdAt, 3, timeZone))}`,
    `- **Progress:** ${progress.done + progress.skipped} of ${progress.total} steps dealt with (${progress.percent} %): ` +
      `${progress.done} done, ${progress.skipped} skipped`,
  ];
  for (const phase of PLAN_PHASES) {
    const items = itemsOf(plan, phase);
    const phaseProgress = progress.byPhase[phase];
    lines.push("", `## ${PHASE_LABELS[phase]}`, "");
    lines.push(
      `Until ${formatDay(phaseEndDay(plan.createdAt, phase, timeZone))} · ${phaseProgress.done} of ${phaseProgress.total} done`,
      "",
    );
    if (items.length === 0) lines.push("No steps in this phase.");
    for (const item of items) lines.push(...markdownItem(item, timeZone));
  }
  return `${lines.join("\n")}\n`;
}

/** Stable ids, so importing a newer export updates the events instead of duplicating them. */
function uid(kind: string, id: string): string {
  return `${kind}-${id}@pm-pathfinder`;
}

/** An all-day event on `day`: iCalendar's end date is exclusive, so it is the next day. */
function allDay(day: string): { start: DateArray; end: DateArray } {
  return { start: dayParts(day), end: dayParts(addDays(day, 1)) };
}

const MILESTONE_TITLES: Readonly<Record<PlanPhase, string>> = {
  1: "PM plan: end of the first 30 days",
  2: "PM plan: end of days 31–60",
  3: "PM plan: day 90, end of the plan",
};

function milestoneDescription(plan: ExportPlan, phase: PlanPhase): string {
  const open = itemsOf(plan, phase).filter((item) => item.status === "todo" || item.status === "in_progress");
  const total = itemsOf(plan, phase).length;
  const summary = `Day ${phase * PHASE_DAYS} of your plan (${PATH_INFO[plan.path].label}): the phase "${PHASE_LABELS[phase]}" ends today.`;
  if (total === 0) return `${summary} This phase has no steps.`;
  if (open.length === 0) return `${summary} When you exported the plan, all ${total} steps of this phase were dealt with.`;
  const list = open.map((item) => `- ${oneLine(item.title)} (${ITEM_STATUS_LABELS[item.status].toLowerCase()})`);
  return [`${summary} When you exported the plan, these steps were still open:`, ...list].join("\n");
}

/**
 * One all-day event at the end of each phase (day 30, 60 and 90), listing the steps still open, and one
 * all-day event on the day each done step was ticked off. Open steps have no date of their own, so they get
 * no event: inventing deadlines would fill the calendar with dates nobody chose.
 */
export function planCalendarEvents(plan: ExportPlan, timeZone = "UTC"): EventAttributes[] {
  const milestones: EventAttributes[] = PLAN_PHASES.map((phase) => ({
    uid: uid(`phase-${phase}`, plan.id),
    title: MILESTONE_TITLES[phase],
    description: milestoneDescription(plan, phase),
    ...allDay(phaseEndDay(plan.createdAt, phase, timeZone)),
    transp: "TRANSPARENT",
    categories: ["PM Pathfinder"],
  }));
  const done: EventAttributes[] = plan.items
    .filter((item): item is ExportItem & { statusChangedAt: Date } => item.status === "done" && item.statusChangedAt !== null)
    .sort((a, b) => a.statusChangedAt.getTime() - b.statusChangedAt.getTime() || a.phase - b.phase || byPosition(a, b))
    .map((item) => ({
      uid: uid("item", item.id),
      title: `Done: ${oneLine(item.title)}`,
      description: item.why ? `Why it mattered: ${oneLine(item.why)}` : "A step of your PM Pathfinder plan.",
      ...allDay(dayIn(item.statusChangedAt, timeZone)),
      transp: "TRANSPARENT",
      categories: ["PM Pathfinder"],
    }));
  const reminders: EventAttributes[] = plan.items
    .filter((item): item is ExportItem & { remindAt: Date } => item.remindAt != null && item.status !== "done" && item.status !== "skipped")
    .map((item) => ({
      uid: uid("reminder", item.id),
      title: `Reminder: ${oneLine(item.title)}`,
      description: item.why ? oneLine(item.why) : "A step of your PM Pathfinder plan.",
      start: [
        item.remindAt.getUTCFullYear(),
        item.remindAt.getUTCMonth() + 1,
        item.remindAt.getUTCDate(),
        item.remindAt.getUTCHours(),
        item.remindAt.getUTCMinutes(),
      ] as DateArray,
      startInputType: "utc",
      startOutputType: "utc",
      duration: { minutes: 15 },
      alarms: [{ action: "display", description: `Reminder: ${oneLine(item.title)}`, trigger: { minutes: 0, before: true } }],
      categories: ["PM Pathfinder"],
    }));
  return [...milestones, ...done, ...reminders];
}
