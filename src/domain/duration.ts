/**
 * One day as a duration: for expiries, windows and "N days ago" ages measured between two instants. A calendar
 * day in someone's zone is not always this long (daylight saving): for those use src/domain/calendar.ts.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
