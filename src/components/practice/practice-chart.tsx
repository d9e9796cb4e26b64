import type { SkillArea } from "@/domain/assessment";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import type { AreaPoint } from "@/domain/practice";
import { formatDay } from "@/domain/time-zone";
import { SHORT_AREA_LABELS } from "@/components/results/labels";
import { bodyRowClass, captionClass, headRowClass, tableClass, TableAlternative } from "@/components/history/table-alternative";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 32, right: 12, top: 12, bottom: 28 };
// Distinct hues with ≥ 3:1 contrast on white and on slate-950, plus a marker shape per area for colour-blind users.
const COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** Self-scores over time, one line per skill area, with a table alternative (like the history charts). */
export function PracticeChart({ lines }: { lines: Partial<Record<SkillArea, AreaPoint[]>> }) {
  const areas = SKILL_AREAS.filter((a) => lines[a]?.length);
  const days = [...new Set(areas.flatMap((a) => lines[a]!.map((p) => p.heldOn)))].sort();
  if (days.length === 0) return null;
  const x = (day: string) => PAD.left + (days.length === 1 ? 0.5 : days.indexOf(day) / (days.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + ((5 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);
  const summary = areas
    .map((a) => {
      const points = lines[a]!;
      return `${SHORT_AREA_LABELS[a]}: ${points[0]!.score} to ${points.at(-1)!.score} over ${points.length} session${points.length === 1 ? "" : "s"}`;
    })
    .join("; ");

  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Practice self-scores over time. ${summary}.`}
        className="w-full max-w-3xl"
      >
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} className="stroke-slate-300 dark:stroke-slate-700" />
            <text x={PAD.left - 8} y={y(score) + 4} textAnchor="end" className="fill-slate-700 text-xs dark:fill-slate-300">
              {score}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 8} className="fill-slate-700 text-xs dark:fill-slate-300">
          {formatDay(days[0]!)}
        </text>
        {days.length > 1 && (
          <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" className="fill-slate-700 text-xs dark:fill-slate-300">
            {formatDay(days.at(-1)!)}
          </text>
        )}
        {areas.map((area) => {
          const colour = COLOURS[SKILL_AREAS.indexOf(area)]!;
          const points = lines[area]!;
          return (
            <g key={area}>
              <polyline fill="none" stroke={colour} strokeWidth={2} points={points.map((p) => `${x(p.heldOn)},${y(p.score)}`).join(" ")} />
              {points.map((p, i) => (
                <circle key={i} cx={x(p.heldOn)} cy={y(p.score)} r={4} fill={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {areas.map((area) => (
            <li key={area} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-full"
                style={{ backgroundColor: COLOURS[SKILL_AREAS.indexOf(area)] }}
              />
              {SHORT_AREA_LABELS[area]}
            </li>
          ))}
        </ul>
      </figcaption>
      <TableAlternative>
        <table className={tableClass}>
          <caption className={captionClass}>Self-scores by date and skill area</caption>
          <thead>
            <tr className={headRowClass}>
              <th scope="col" className="py-1 pr-3">
                Date
              </th>
              {areas.map((area) => (
                <th key={area} scope="col" className="py-1 pr-3">
                  {SHORT_AREA_LABELS[area]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day} className={bodyRowClass}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {formatDay(day)}
                </th>
                {areas.map((area) => (
                  <td key={area} className="py-1 pr-3">
                    {lines[area]!.filter((p) => p.heldOn === day)
                      .map((p) => p.score)
                      .join(", ") || "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableAlternative>
    </figure>
  );
}
