import "server-only";
import type { OptionalMailKind } from "@/domain/mail/schemas";
import { db } from "@/server/db";

export interface MailSettingsView {
  weeklyDigest: boolean;
  reminders: boolean;
}

const DEFAULTS: MailSettingsView = { weeklyDigest: false, reminders: true };

export async function findMailSettings(userId: string): Promise<MailSettingsView> {
  const row = await db.mailSettings.findUnique({ where: { userId }, select: { weeklyDigest: true, reminders: true } });
  return row ?? DEFAULTS;
}

/**
 * Saves the switches. Turning the check-in on counts as having had this week's, so the first one comes on
 * the next Monday morning rather than at once for a Monday already past.
 */
export async function saveMailSettings(userId: string, next: MailSettingsView, now = new Date()): Promise<void> {
  const before = await db.mailSettings.findUnique({ where: { userId } });
  const turningDigestOn = next.weeklyDigest && !before?.weeklyDigest;
  await db.mailSettings.upsert({
    where: { userId },
    create: { userId, ...next, lastDigestAt: next.weeklyDigest ? now : null },
    update: { ...next, ...(turningDigestOn ? { lastDigestAt: now } : {}) },
  });
}

/** One kind off, from a signed unsubscribe link (src/server/mail/unsubscribe.ts). */
export async function unsubscribe(userId: string, kind: OptionalMailKind): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  const off = kind === "digest" ? { weeklyDigest: false } : { reminders: false };
  await db.mailSettings.upsert({ where: { userId }, create: { userId, ...DEFAULTS, ...off }, update: off });
  return true;
}
