// Server-side (the .ics export): not re-exported from ./index, which client forms load, since it uses Temporal.
import type { EventAttributes } from "ics";
import { addDays } from "@/domain/calendar";
import { dayParts } from "@/domain/time-zone";
import { STAGE_LABELS } from "./model";
import type { FollowUp } from "./follow-up";

/** One all-day event per follow-up date (a "YYYY-MM-DD" day in the user's zone), with a stable uid. */
export function followUpEvents(followUps: readonly FollowUp[]): EventAttributes[] {
  return followUps.map((f) => ({
    uid: `follow-up-${f.id}@pm-pathfinder`,
    title: `Follow up: ${f.roleTitle} at ${f.company}`.replace(/\s+/g, " "),
    description: `Stage when exported: ${STAGE_LABELS[f.stage]}. A follow-up you set in PM Pathfinder.`,
    start: dayParts(f.followUpOn),
    end: dayParts(addDays(f.followUpOn, 1)),
    transp: "TRANSPARENT",
    categories: ["PM Pathfinder"],
  }));
}
