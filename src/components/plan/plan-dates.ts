import { PHASE_DAYS, PLAN_PHASES } from "@/domain/plan";
import { planDayIn } from "@/domain/plan/plan-days";

const PLAN_LENGTH_DAYS = PHASE_DAYS * PLAN_PHASES.length;

/** "Day 3 of 90", counted in the user's calendar days (UTC when no zone is given). */
export function planDayText(createdAt: Date, now: Date, timeZone = "UTC"): string {
  const day = planDayIn(createdAt, now, timeZone);
  return day > PLAN_LENGTH_DAYS ? `Day ${day}, past the ${PLAN_LENGTH_DAYS}-day mark` : `Day ${day} of ${PLAN_LENGTH_DAYS}`;
}
