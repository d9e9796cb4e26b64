import "server-only";
import { dayIn, zoneOrUtc } from "@/domain/time-zone";
import { db } from "@/server/db";

/** The user's IANA time zone, or UTC until their browser has told us (docs/decisions/0016-transition-workspace.md). */
export async function userTimeZone(userId: string): Promise<string> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return zoneOrUtc(row?.timeZone);
}

/** Whether the user has a stored time zone yet (the browser reports one on the first signed-in visit). */
export async function hasTimeZone(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return Boolean(row?.timeZone);
}

/** Today's "YYYY-MM-DD" in the user's zone: the day the date rules of src/domain/day-rules.ts compare with. */
export async function userToday(userId: string, now: Date = new Date()): Promise<string> {
  return dayIn(now, await userTimeZone(userId));
}
