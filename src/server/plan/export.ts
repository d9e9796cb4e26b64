import "server-only";
import { createEvents } from "ics";
import type { FollowUp } from "@/domain/application";
import { followUpEvents } from "@/domain/application/calendar";
import type { ExportPlan } from "@/domain/plan/export";
import { planCalendarEvents } from "@/domain/plan/export";
import type { PlanView } from "@/shared/plan-view";

/** The dashboard's plan view in the shape the pure exporters take (dates back to Date, active items only). */
export function toExportPlan(plan: PlanView): ExportPlan {
  return {
    id: plan.id,
    path: plan.path,
    createdAt: new Date(plan.createdAt),
    items: plan.items.map((item) => ({
      id: item.id,
      title: item.title,
      why: item.why,
      detail: item.detail,
      category: item.category,
      phase: item.phase,
      position: item.position,
      status: item.status,
      note: item.note,
      statusChangedAt: item.statusChangedAt ? new Date(item.statusChangedAt) : null,
      resources: item.resources,
      remindAt: item.remindAt ? new Date(item.remindAt) : null,
    })),
  };
}

/**
 * The plan (if any) and the follow-ups as an iCalendar file, with days in `timeZone`. `now` is the DTSTAMP of
 * every event (when this copy was made). Follow-ups alone make a valid calendar (readings.md, "Workspace").
 */
export function planToIcs(plan: ExportPlan | null, now: Date, timeZone = "UTC", followUps: readonly FollowUp[] = []): string {
  const events = [...(plan ? planCalendarEvents(plan, timeZone) : []), ...followUpEvents(followUps)].map((event) => ({
    ...event,
    timestamp: now.getTime(),
  }));
  const { error, value } = createEvents(events, { productId: "-//PM Pathfinder//Plan export//EN", calName: "PM Pathfinder plan" });
  if (error || !value) throw error ?? new Error("ics returned no calendar");
  return value;
}
