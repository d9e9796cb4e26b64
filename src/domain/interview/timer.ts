/**
 * The practice timer's words, apart from any clock: what it shows and what a screen reader hears. The
 * component counts down; these decide the text, so they are tested without waiting for time to pass.
 */

/** "4:05" for 245 seconds; never negative. */
export function formatRemaining(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** "4 minutes 5 seconds left", for the timer's accessible name. */
export function spokenRemaining(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [minutes ? `${minutes} minute${minutes === 1 ? "" : "s"}` : "", rest ? `${rest} second${rest === 1 ? "" : "s"}` : ""];
  return `${parts.filter(Boolean).join(" ") || "No time"} left`;
}

/**
 * What the polite live region says when the countdown goes from `before` to `after` seconds left: each whole
 * minute, once at 30 seconds, and once at zero. Null when nothing is worth saying (most ticks).
 */
export function timerAnnouncement(before: number, after: number): string | null {
  if (after >= before) return null;
  if (before > 0 && after <= 0) return "Time is up. Finish your point, then log how it went.";
  if (before > 30 && after <= 30) return "30 seconds left";
  // A whole minute was passed when the minutes shown rounded up (4:00 → 3:59.9 says "4 minutes").
  const [minutesBefore, minutesAfter] = [Math.ceil(before / 60), Math.ceil(after / 60)];
  if (minutesAfter < minutesBefore && minutesAfter >= 1) return `${minutesAfter} minute${minutesAfter === 1 ? "" : "s"} left`;
  return null;
}
