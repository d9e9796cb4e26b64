/**
 * Where in the 90 days a user is, counted in their own calendar days: day 1 is the day the plan was made in
 * their time zone, and each new day starts at their midnight, not 24 hours after the plan's creation instant.
 */
import { daysBetween } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { PHASE_DAYS, type PlanPhase } from "./model";

/** 1-based day of the plan in `zone`. */
export function planDayIn(createdAt: Date, now: Date, zone: string): number {
  return Math.max(1, daysBetween(dayIn(createdAt, zone), dayIn(now, zone)) + 1);
}

/** The phase of the plan's current day in `zone`: days 1–30, 31–60, then 61 onwards. */
export function phaseOnIn(createdAt: Date, now: Date, zone: string): PlanPhase {
  const day = planDayIn(createdAt, now, zone);
  if (day <= PHASE_DAYS) return 1;
  if (day <= 2 * PHASE_DAYS) return 2;
  return 3;
}
