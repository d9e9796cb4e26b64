import "server-only";
import { zoneOrUtc } from "@/domain/time-zone";
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
