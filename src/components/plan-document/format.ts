/** "26 November 2026": one fixed locale and UTC, so server and browser render the same text. */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
