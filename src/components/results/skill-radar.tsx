import { SKILL_AREAS, type AreaResult } from "@/domain/assessment";
import { areaLabel, levels, listOf } from "./labels";
import { RadarAxisLabels, RadarGrid } from "./radar-frame";
import { levelPoint, MAX_LEVEL, polygonPoints, type Point } from "./radar-geometry";

interface SkillRadarProps {
  areas: readonly AreaResult[];
  /** Prefix for the SVG's title/description ids; change it only if two radars share a page. */
  idPrefix?: string;
}

const WIDTH = 430;
const HEIGHT = 316;
const CENTER: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 112;
const LABEL_RADIUS = RADIUS + 14;
const LABEL_SIZE = 16;

function inDisplayOrder(areas: readonly AreaResult[]): AreaResult[] {
  return SKILL_AREAS.map((key) => areas.find((a) => a.area === key)).filter((a): a is AreaResult => Boolean(a));
}

/** One sentence a person can read instead of the chart. */
export function radarSummary(areas: readonly AreaResult[]): string {
  const met = areas.filter((a) => a.rating >= a.target).length;
  const margin = (a: AreaResult) => a.rating - a.target;
  const ahead = areas.filter((a) => margin(a) > 0).sort((a, b) => margin(b) - margin(a));
  const behind = areas.filter((a) => margin(a) < 0).sort((a, b) => margin(a) - margin(b));
  // Name at most the two areas furthest from the target on each side, so the sentence stays readable.
  const names = (list: AreaResult[]) => listOf(list.slice(0, 2).map((a) => areaLabel(a.area)));
  const clauses = [
    ahead.length > 0 ? `furthest ahead in ${names(ahead)}` : "",
    behind.length > 0 ? `furthest behind in ${names(behind)}` : "",
  ].filter(Boolean);
  const opening = `You meet the entry-level PM target in ${met} of ${areas.length} areas`;
  return clauses.length > 0 ? `${opening}; you're ${clauses.join(", and ")}.` : `${opening}.`;
}

/** The skill "shape": the user's levels against the target on eight axes, with a table alternative. */
export function SkillRadar({ areas, idPrefix = "skill-radar" }: SkillRadarProps) {
  const ordered = inDisplayOrder(areas);
  const count = ordered.length;
  const summary = radarSummary(ordered);
  const you = ordered.map((a, i) => levelPoint(CENTER, RADIUS, i, count, a.rating));
  const target = ordered.map((a, i) => levelPoint(CENTER, RADIUS, i, count, a.target));
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const summaryId = `${idPrefix}-summary`;

  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        // Described by the visible summary, then the per-area figures in <desc>.
        aria-describedby={`${summaryId} ${descId}`}
        className="h-auto w-full max-w-[480px] self-center"
      >
        <title id={titleId}>Skill shape: your level in each area against the entry-level PM target</title>
        <desc id={descId}>
          {ordered.map((a) => `${areaLabel(a.area)}: level ${a.rating} of ${MAX_LEVEL}, target ${a.target}.`).join(" ")}
        </desc>

        {/* Rings for levels 1–5 and one spoke per area. */}
        <RadarGrid axes={count} center={CENTER} radius={RADIUS} />
        <g className="fill-slate-600 dark:fill-slate-400" fontSize={12} textAnchor="end">
          {[1, 3, 5].map((level) => (
            <text key={level} x={CENTER.x - 4} y={CENTER.y - (RADIUS * level) / MAX_LEVEL + 13}>
              {level}
            </text>
          ))}
        </g>

        <polygon
          points={polygonPoints(you)}
          className="fill-brand-500/25 stroke-brand-700 dark:fill-brand-300/25 dark:stroke-brand-300"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
        <polygon
          points={polygonPoints(target)}
          className="fill-none stroke-slate-600 dark:stroke-slate-300"
          strokeWidth={2}
          strokeDasharray="6 4"
          strokeLinejoin="round"
        />
        {you.map((p, i) => (
          <circle key={ordered[i]!.area} cx={p.x} cy={p.y} r={4} className="fill-brand-700 dark:fill-brand-300" />
        ))}

        <RadarAxisLabels areas={ordered.map((a) => a.area)} center={CENTER} radius={LABEL_RADIUS} size={LABEL_SIZE} />
      </svg>

      <figcaption className="flex flex-col gap-2">
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300" aria-label="Chart key">
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded-sm border-2 border-brand-700 bg-brand-500/25 dark:border-brand-300 dark:bg-brand-300/25"
            />
            Your level
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-slate-600 dark:border-slate-300" />
            Entry-level PM target
          </li>
        </ul>
        <p id={summaryId} className="text-slate-700 dark:text-slate-300">
          {summary}
        </p>
      </figcaption>

      <details className="group rounded-lg border border-slate-200 dark:border-slate-800">
        <summary className="cursor-pointer rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50 dark:text-brand-300 dark:hover:bg-slate-900">
          Show as a table
        </summary>
        <div className="overflow-x-auto px-3 pb-3 sm:px-4 sm:pb-4">
          <table className="w-full text-left text-sm">
            <caption className="py-2 text-left text-slate-600 dark:text-slate-400">
              Your level and the entry-level PM target in each skill area (levels 1–5)
            </caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Skill area
                </th>
                <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                  Your level
                </th>
                <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                  Target
                </th>
                <th scope="col" className="py-2 pl-2 font-semibold sm:pl-3">
                  Compared with target
                </th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((a) => (
                <tr key={a.area} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {areaLabel(a.area)}
                  </th>
                  <td className="px-2 py-2 text-right tabular-nums sm:px-3">{a.rating}</td>
                  <td className="px-2 py-2 text-right tabular-nums sm:px-3">{a.target}</td>
                  <td className="py-2 pl-2 sm:pl-3">{comparedWithTarget(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export function comparedWithTarget(area: Pick<AreaResult, "rating" | "target">): string {
  const diff = area.rating - area.target;
  if (diff === 0) return "At target";
  return diff > 0 ? `${levels(diff)} above` : `${levels(-diff)} below`;
}
