/**
 * Days a person may enter (docs: readings, "The first ten minutes", dates): things that happened (a practice
 * session, a conversation, the last contact) are today or earlier, things to do (a follow-up, a reminder)
 * today or later, both in the person's own calendar. Pure: the caller passes today's day in their zone.
 */
export const NOT_IN_THE_FUTURE = "This already happened, so choose today or an earlier date";
export const NOT_IN_THE_PAST = "Choose today or a later date";

/** The error for a day that must not be after `today`, or null. Empty days are the schema's business. */
export function pastDayError(day: string | null | undefined, today: string): string | null {
  return day && day > today ? NOT_IN_THE_FUTURE : null;
}

/** The error for a day that must not be before `today`, or null. */
export function futureDayError(day: string | null | undefined, today: string): string | null {
  return day && day < today ? NOT_IN_THE_PAST : null;
}
