/**
 * What one account may hold, so that no user (or script with a stolen session) can fill the disk.
 * Pure: counts and the current time are passed in. Days are UTC days until users have a time zone.
 */
import { MAX_ACTIVE_SHARE_LINKS } from "./account/share-links";

export const QUOTAS = {
  customItemsPerPlan: 200,
  assessmentsPerDay: 30,
  plansPerDay: 30,
  liveShareLinks: MAX_ACTIVE_SHARE_LINKS,
} as const;

export const QUOTA_MESSAGES = {
  customItemsPerPlan: `This plan already has ${QUOTAS.customItemsPerPlan} steps of your own, the most a plan can hold. Delete one you no longer need first.`,
  assessmentsPerDay: `You've saved ${QUOTAS.assessmentsPerDay} assessments today, the most we keep in one day. Try again tomorrow (UTC).`,
  plansPerDay: `You've built ${QUOTAS.plansPerDay} plans today, the most in one day. Try again tomorrow (UTC).`,
} as const;

/** Midnight UTC at the start of `now`'s day: "today" for the daily quotas. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
