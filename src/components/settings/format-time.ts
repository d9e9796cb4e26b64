/** "26 Nov 2026, 08:36 UTC": fixed locale and UTC, so server and browser render the same text. */
export function formatDateTime(date: Date): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(date);
  return `${text} UTC`;
}
