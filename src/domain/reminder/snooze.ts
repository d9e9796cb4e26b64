import { addLocalDays } from "../calendar";

/**
 * When a snoozed reminder goes out: `days` after its time, or after `now` if it has already gone out, on the
 * wall clock of `zone`, so an 08:00 reminder snoozed across a daylight-saving change is still at 08:00.
 */
export function snoozedUntil(remindAt: Date, now: Date, days: number, zone: string): Date {
  return addLocalDays(new Date(Math.max(now.getTime(), remindAt.getTime())), days, zone);
}
