/**
 * The difference between two assessments the user picked: "+1", "−20" or "same". Unlike the result
 * page's DeltaBadge it never says "since last time", because the two may be any pair. The sign is never
 * the only cue: screen readers hear "up 1 level".
 */
const tones = {
  up: "bg-green-50 text-green-800 ring-green-700/30 dark:bg-green-950 dark:text-green-300 dark:ring-green-400/40",
  down: "bg-red-50 text-red-800 ring-red-700/30 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/40",
  same: "bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/40",
};

export function changeWords(delta: number, unit: string): string {
  const magnitude = Math.abs(delta);
  const unitText = magnitude === 1 ? unit.replace(/s$/, "") : unit;
  return delta === 0 ? "no change" : `${delta > 0 ? "up" : "down"} ${magnitude} ${unitText}`;
}

export function ChangeBadge({ delta, unit }: { delta: number; unit: string }) {
  const tone = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  const visible = delta === 0 ? "same" : `${delta > 0 ? "+" : "−"}${Math.abs(delta)}`;
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ${tones[tone]}`}
    >
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{changeWords(delta, unit)}</span>
    </span>
  );
}
