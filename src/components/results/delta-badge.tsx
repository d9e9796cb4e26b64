/**
 * A change since the previous assessment: "+5", "−2" or "no change", coloured and worded so that
 * neither colour nor the sign alone carries the meaning (screen readers hear "up 5 points").
 */
interface DeltaBadgeProps {
  delta: number;
  /** Unit for screen readers and, when `showUnit`, on screen: "points", "levels". */
  unit: string;
  showUnit?: boolean;
}

const tones = {
  up: "bg-green-50 text-green-800 ring-green-700/30 dark:bg-green-950 dark:text-green-300 dark:ring-green-400/40",
  down: "bg-red-50 text-red-800 ring-red-700/30 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/40",
  same: "bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/40",
};

export function DeltaBadge({ delta, unit, showUnit = false }: DeltaBadgeProps) {
  const tone = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  const magnitude = Math.abs(delta);
  const unitText = magnitude === 1 ? unit.replace(/s$/, "") : unit;
  const visible = delta === 0 ? "no change" : `${delta > 0 ? "+" : "−"}${magnitude}${showUnit ? ` ${unitText}` : ""}`;
  const spoken = delta === 0 ? "no change since last time" : `${delta > 0 ? "up" : "down"} ${magnitude} ${unitText} since last time`;
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}
    >
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{spoken}</span>
    </span>
  );
}
