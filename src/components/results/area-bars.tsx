import { LEVEL_NAMES, SKILL_AREAS, SKILL_LEVELS, type AreaResult } from "@/domain/assessment";
import { levelAgainstTarget } from "@/domain/assessment/scale";
import type { AreaChange } from "@/domain/assessment/compare";
import { DeltaBadge } from "./delta-badge";
import { areaLabel } from "./labels";

interface AreaBarsProps {
  areas: readonly AreaResult[];
  /** Per-area changes since the previous assessment, when there is one. */
  changes?: readonly AreaChange[];
}

function status(area: AreaResult): { text: string; tone: string } {
  const diff = area.rating - area.target;
  if (diff < 0) {
    return {
      text: "Below target",
      tone: "bg-amber-50 text-amber-900 ring-amber-700/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/40",
    };
  }
  return {
    text: diff === 0 ? "Meets target" : "Above target",
    tone: "bg-green-50 text-green-800 ring-green-700/30 dark:bg-green-950 dark:text-green-300 dark:ring-green-400/40",
  };
}

/** Each area's level as a bar of five with the target marked, and the level against the target in words. */
export function AreaBars({ areas, changes }: AreaBarsProps) {
  const ordered = SKILL_AREAS.map((key) => areas.find((a) => a.area === key)).filter((a): a is AreaResult => Boolean(a));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Levels run from 1 to {SKILL_LEVELS.length}; the upright mark is each area&rsquo;s entry-level target.
      </p>
      <ul className="flex flex-col gap-4">
        {ordered.map((area) => {
          const change = changes?.find((c) => c.area === area.area);
          const { text, tone } = status(area);
          return (
            <li key={area.area} className="flex flex-col gap-1.5">
              <div className="flex items-baseline justify-between gap-3">
                <span className="font-medium text-slate-900 dark:text-slate-100">{areaLabel(area.area)}</span>
                <span className="flex shrink-0 items-center gap-2">
                  {change && change.ratingDelta !== 0 && <DeltaBadge delta={change.ratingDelta} unit="levels" showUnit />}
                  <span className="tabular-nums font-semibold text-slate-900 dark:text-white">
                    Level {area.rating}
                    <span className="font-normal text-slate-600 dark:text-slate-400"> of {SKILL_LEVELS.length}</span>
                  </span>
                </span>
              </div>
              <div aria-hidden="true" className="relative h-2.5 rounded-full bg-slate-200 dark:bg-slate-800">
                <div
                  className={`h-full rounded-full ${area.rating < area.target ? "bg-amber-600 dark:bg-amber-400" : "bg-brand-600 dark:bg-brand-400"}`}
                  style={{ width: `${(area.rating / SKILL_LEVELS.length) * 100}%` }}
                />
                <span
                  className="absolute -inset-y-1 w-1 -translate-x-1/2 rounded-full bg-slate-900 dark:bg-white"
                  style={{ left: `${(area.target / SKILL_LEVELS.length) * 100}%` }}
                />
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
                <span>
                  {LEVEL_NAMES[area.rating - 1] ?? ""}: {levelAgainstTarget(area.rating, area.target)}
                </span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>{text}</span>
                {change && change.ratingDelta !== 0 && (
                  <span className="text-xs text-slate-600 dark:text-slate-400">was level {change.ratingFrom}</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
