import "../zod-config";
import { z } from "zod";

/** Inputs of the reminder actions: shared by the plan board (client-side hints) and the server. */

export const REMINDER_HOUR = 8;
export const SNOOZE_DAYS = [1, 7] as const;
/** How far ahead a reminder may be set. */
export const MAX_REMINDER_DAYS_AHEAD = 366;

const itemId = z.string({ error: "Missing item" }).trim().min(1, { error: "Missing item" }).max(64, { error: "Unknown item" });

/** A calendar day as the date input sends it: YYYY-MM-DD, a real date. */
export const reminderDaySchema = z
  .string({ error: "Choose a date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Choose a date" })
  .refine(
    (day) => {
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return y >= 2000 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: "Choose a real date" },
  );

export const setReminderSchema = z.object({ itemId, remindOn: reminderDaySchema });

export const snoozeReminderSchema = z.object({
  itemId,
  days: z.coerce
    .number({ error: "Choose how long to snooze" })
    .refine((days) => (SNOOZE_DAYS as readonly number[]).includes(days), { error: "Snooze for a day or a week" }),
});

export const clearReminderSchema = z.object({ itemId });
