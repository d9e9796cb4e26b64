import { SKILL_AREAS, type AreaResult, type SkillArea } from "@/domain/assessment";
import { areaLabel, listOf } from "@/components/results/labels";
import { RadarAxisLabels, RadarGrid } from "@/components/results/radar-frame";
import { levelPoint, MAX_LEVEL, polygonPoints, type Point } from "@/components/results/radar-geometry";
import { bodyRowClass, captionClass, headRowClass, TableAlternative, tableClass } from "./table-alternative";

/**
 * The skill shape of the first and the latest assessment over the entry-level target, on one radar.
 * The result page's SkillRadar draws a single person-vs-target pair, so this is a small multi-series
 * sibling built on the same geometry and labels. Series differ in line style and marker shape, not
 * only colour, and the figures are in the SVG's description and in a table.
 */
export interface ShapeSeries {
  /** "First assessment (3 March 2026)" */
  name: string;
  areas: readonly AreaResult[];
}

interface SkillShapeChartProps {
  /** The latest assessment; its targets are drawn as the target shape. */
  latest: ShapeSeries;
  /** The first assessment, when there is more than one. */
  first?: ShapeSeries;
}

const WIDTH = 430;
const HEIGHT = 316;
const CENTER: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 112;
const LABEL_SIZE = 16;

const ratingIn = (areas: readonly AreaResult[], area: SkillArea) => areas.find((a) => a.area === area)?.rating;

export function shapeSummary(latest: ShapeSeries, first?: ShapeSeries): string {
  const metNow = latest.areas.filter((a) => a.rating >= a.target).length;
  const total = latest.areas.length;
  if (!first) return `You meet the entry-level PM target in ${metNow} of ${total} areas. Re-assess later to see your shape change.`;
  const moves = latest.areas.map((a) => ({ area: a.area, delta: a.rating - (ratingIn(first.areas, a.area) ?? a.rating) }));
  const up = moves.filter((m) => m.delta > 0).sort((a, b) => b.delta - a.delta);
  const down = moves.filter((m) => m.delta < 0);
  const metThen = first.areas.filter((a) => a.rating >= a.target).length;
  const rose =
    up.length === 0
      ? "you haven't rated yourself higher in any area yet"
      : `you rated yourself higher in ${up.length} ${up.length === 1 ? "area" : "areas"} (most in ${listOf(up.slice(0, 2).map((m) => areaLabel(m.area)))})`;
  const fell = down.length > 0 ? ` and lower in ${down.length}` : "";
  return `Since your first assessment ${rose}${fell}. You meet the target in ${metNow} of ${total} areas, against ${metThen} then.`;
}

export function SkillShapeChart({ latest, first }: SkillShapeChartProps) {
  const order = SKILL_AREAS.filter((area) => latest.areas.some((a) => a.area === area));
  const count = order.length;
  const vertex = (i: number, level: number) => levelPoint(CENTER, RADIUS, i, count, level);
  // An area missing from an older result sits at the centre rather than breaking the shape.
  const shape = (areas: readonly AreaResult[], key: "rating" | "target") =>
    order.map((area, i) => vertex(i, areas.find((a) => a.area === area)?.[key] ?? 0));
  const latestPoints = shape(latest.areas, "rating");
  const targetPoints = shape(latest.areas, "target");
  const firstPoints = first ? shape(first.areas, "rating") : null;
  const summary = shapeSummary(latest, first);

  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="shape-chart-title"
        aria-describedby="shape-chart-summary shape-chart-desc"
        className="h-auto w-full max-w-[480px] self-center"
      >
        <title id="shape-chart-title">
          {first
            ? "Skill shape: your first and latest assessment against the entry-level PM target"
            : "Skill shape: your latest assessment against the entry-level PM target"}
        </title>
        <desc id="shape-chart-desc">
          {order
            .map((area) => {
              const then = first ? ratingIn(first.areas, area) : undefined;
              const now = ratingIn(latest.areas, area);
              const target = latest.areas.find((a) => a.area === area)?.target;
              return `${areaLabel(area)}: ${then !== undefined ? `first ${then}, ` : ""}latest ${now} of ${MAX_LEVEL}, target ${target}.`;
            })
            .join(" ")}
        </desc>

        <RadarGrid axes={order.length} center={CENTER} radius={RADIUS} />

        <polygon
          points={polygonPoints(latestPoints)}
          className="fill-brand-500/25 stroke-brand-700 dark:fill-brand-300/25 dark:stroke-brand-300"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
        {firstPoints && (
          <polygon
            points={polygonPoints(firstPoints)}
            className="fill-none stroke-amber-700 dark:stroke-amber-300"
            strokeWidth={2.5}
            strokeDasharray="2 4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
        <polygon
          points={polygonPoints(targetPoints)}
          className="fill-none stroke-slate-600 dark:stroke-slate-300"
          strokeWidth={2}
          strokeDasharray="8 5"
          strokeLinejoin="round"
        />
        {firstPoints?.map((p, i) => (
          <rect key={order[i]} x={p.x - 4} y={p.y - 4} width={8} height={8} className="fill-amber-700 dark:fill-amber-300" />
        ))}
        {latestPoints.map((p, i) => (
          <circle key={order[i]} cx={p.x} cy={p.y} r={4.5} className="fill-brand-700 dark:fill-brand-300" />
        ))}

        <RadarAxisLabels areas={order} center={CENTER} radius={RADIUS + 14} size={LABEL_SIZE} />
      </svg>

      <figcaption className="flex flex-col gap-2">
        <ul aria-label="Chart key" className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded-sm border-2 border-brand-700 bg-brand-500/25 dark:border-brand-300 dark:bg-brand-300/25"
            />
            {latest.name}
          </li>
          {first && (
            <li className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block w-5 border-t-[3px] border-dotted border-amber-700 dark:border-amber-300" />
              {first.name}
            </li>
          )}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-slate-600 dark:border-slate-300" />
            Entry-level PM target
          </li>
        </ul>
        <p id="shape-chart-summary" className="text-slate-700 dark:text-slate-300">
          {summary}
        </p>
      </figcaption>

      <TableAlternative>
        <table className={tableClass}>
          <caption className={captionClass}>Your level in each skill area (1–5){first ? ", first and latest," : ""} and the target</caption>
          <thead>
            <tr className={headRowClass}>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Skill area
              </th>
              {first && (
                <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                  First
                </th>
              )}
              <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                Latest
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                Target
              </th>
            </tr>
          </thead>
          <tbody>
            {order.map((area) => (
              <tr key={area} className={bodyRowClass}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {areaLabel(area)}
                </th>
                {first && <td className="px-2 py-2 text-right tabular-nums sm:px-3">{ratingIn(first.areas, area) ?? "—"}</td>}
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">{ratingIn(latest.areas, area)}</td>
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">{latest.areas.find((a) => a.area === area)?.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </figure>
  );
}
