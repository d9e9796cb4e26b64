import type { SkillArea } from "@/domain/assessment";
import { SHORT_AREA_LABELS } from "./labels";
import { axisAngle, labelPlacement, type Point } from "./radar-geometry";

/** The skill-area names around a radar, wrapped onto lines; shared by every radar chart. */
export function RadarAxisLabels({
  areas,
  center,
  radius,
  size,
}: {
  areas: readonly SkillArea[];
  center: Point;
  /** Distance of the labels from the centre. */
  radius: number;
  /** Font size in SVG units. */
  size: number;
}) {
  const lineHeight = size * 1.1;
  return (
    <g className="fill-slate-800 dark:fill-slate-200" fontSize={size} fontWeight={500}>
      {areas.map((area, i) => {
        const place = labelPlacement(center, radius, axisAngle(i, areas.length));
        const lines = SHORT_AREA_LABELS[area].split(" ");
        const block = lineHeight * (lines.length - 1);
        // Top labels grow upwards, bottom labels downwards, side labels centre on their spoke.
        const top = place.y < center.y - 1 && place.anchor === "middle";
        const bottom = place.y > center.y + 1 && place.anchor === "middle";
        const firstY = top ? place.y - block - 2 : bottom ? place.y + size - 2 : place.y + 5 - block / 2;
        return (
          <text key={area} x={place.x} y={firstY} textAnchor={place.anchor}>
            {lines.map((line, n) => (
              <tspan key={line} x={place.x} dy={n === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
