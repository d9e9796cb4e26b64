import { PHASE_DAYS, PLAN_PHASES } from "@/domain/plan";

const DAY_MS = 24 * 60 * 60 * 1000;
const PLAN_LENGTH_DAYS = PHASE_DAYS * PLAN_PHASES.length;

/** 1-based day of the plan: the day it was created is day 1. */
export function planDay(createdAt: Date, now: Date): number {
  return Math.max(1, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS) + 1);
}

export function planDayText(createdAt: Date, now: Date): string {
  const day = planDay(createdAt, now);
  return day > PLAN_LENGTH_DAYS ? `Day ${day}, past the ${PLAN_LENGTH_DAYS}-day mark` : `Day ${day} of ${PLAN_LENGTH_DAYS}`;
}

/** "26 November 2026": one fixed locale and UTC, so server and browser render the same text. */
export function formatPlanDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
