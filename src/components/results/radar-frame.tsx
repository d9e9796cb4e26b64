import type { SkillArea } from "@/domain/assessment";
import { SHORT_AREA_LABELS } from "./labels";
import { axisAngle, labelPlacement, levelPoint, MAX_LEVEL, polygonPoints, type Point } from "./radar-geometry";

/** The frame every radar chart shares: rings for levels 1–5 and one spoke per area. */
export function RadarGrid({ axes, center, radius }: { axes: number; center: Point; radius: number }) {
  const spokes = Array.from({ length: axes }, (_, i) => i);
  return (
    <g className="fill-none stroke-slate-300 dark:stroke-slate-700" strokeWidth={1}>
      {[1, 2, 3, 4, 5].map((level) => (
        <polygon key={level} points={polygonPoints(spokes.map((i) => levelPoint(center, radius, i, axes, level)))} />
      ))}
      {spokes.map((i) => {
        const end = levelPoint(center, radius, i, axes, MAX_LEVEL);
        return <line key={i} x1={center.x} y1={center.y} x2={end.x} y2={end.y} />;
      })}
    </g>
  );
}

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
