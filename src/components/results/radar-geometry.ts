/**
 * Geometry for the skill radar: one axis per area, clockwise from twelve o'clock, levels 1–5 mapped
 * linearly onto the radius (level 5 on the outer ring). Pure numbers, so the SVG renders on the server.
 */
export interface Point {
  x: number;
  y: number;
}

export const MAX_LEVEL = 5;

export function axisAngle(index: number, axes: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / axes;
}

export function pointAt(center: Point, radius: number, angle: number): Point {
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

/** The vertex for `level` on axis `index`. */
export function levelPoint(center: Point, outerRadius: number, index: number, axes: number, level: number): Point {
  const clamped = Math.min(MAX_LEVEL, Math.max(0, level));
  return pointAt(center, (outerRadius * clamped) / MAX_LEVEL, axisAngle(index, axes));
}

/** An SVG `points` attribute, rounded to keep the markup small. */
export function polygonPoints(points: readonly Point[]): string {
  return points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

/** Where an axis label goes and how it is anchored, so labels sit outside the chart on every side. */
export function labelPlacement(center: Point, radius: number, angle: number): Point & { anchor: "start" | "middle" | "end" } {
  const p = pointAt(center, radius, angle);
  const cos = Math.cos(angle);
  const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
  return { ...p, anchor };
}
