/**
 * What one account may hold, so that no user (or script with a stolen session) can fill the disk.
 * Pure: counts and the current time are passed in. A day is the user's own (UTC until their browser has told
 * us their zone).
 */
import { MAX_ACTIVE_SHARE_LINKS } from "./account/share-links";
import { startOfDayIn } from "./calendar";

export const QUOTAS = {
  customItemsPerPlan: 200,
  assessmentsPerDay: 30,
  plansPerDay: 30,
  liveShareLinks: MAX_ACTIVE_SHARE_LINKS,
} as const;

export const QUOTA_MESSAGES = {
  customItemsPerPlan: `This plan already has ${QUOTAS.customItemsPerPlan} steps of your own, the most a plan can hold. Delete one you no longer need first.`,
  assessmentsPerDay: `You've saved ${QUOTAS.assessmentsPerDay} assessments today, the most we keep in one day. Try again tomorrow.`,
  plansPerDay: `You've built ${QUOTAS.plansPerDay} plans today, the most in one day. Try again tomorrow.`,
} as const;

/** The user's midnight at the start of `now`'s day in `timeZone`: "today" for the daily quotas. */
export function startOfQuotaDay(now: Date, timeZone: string): Date {
  return startOfDayIn(now, timeZone);
}
