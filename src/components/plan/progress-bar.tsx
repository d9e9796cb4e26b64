interface ProgressBarProps {
  /** Accessible name, e.g. "Overall progress". */
  label: string;
  value: number;
  max: number;
  /** What a screen reader says instead of a bare number, e.g. "7 of 18 done or skipped (39%)". */
  valueText: string;
  size?: "large" | "small";
}

/**
 * A styled bar with the progressbar role. A div rather than <progress> because the native element
 * can't be themed consistently across browsers, and role + aria-value* give the same semantics.
 */
export function ProgressBar({ label, value, max, valueText, size = "small" }: ProgressBarProps) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      // The track's border keeps the bar's edge visible (3:1) even when it is empty.
      className={`overflow-hidden rounded-full border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-900 ${
        size === "large" ? "h-4" : "h-2.5"
      }`}
    >
      <div className="h-full rounded-full bg-brand-700 transition-[width] dark:bg-brand-300" style={{ width: `${percent}%` }} />
    </div>
  );
}
