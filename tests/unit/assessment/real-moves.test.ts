/**
 * Calibration on reality: the engine against 40+ public, documented moves into product management
 * (real-moves.ts). Prints agreement overall, per path taken and per background, and every miss with the
 * engine's ranking, so a reviewer can see what the model still gets wrong (docs/scoring.md, "How we know").
 */
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, scoreAssessment, type AssessmentResult } from "@/domain/assessment";
import { REAL_MOVES, type RealMove } from "./real-moves";

/** The path taken is first, or second with closeCall. */
const pathAgrees = (move: RealMove, r: AssessmentResult) =>
  r.paths[0]!.path === move.took.path || (r.closeCall && r.paths[1]!.path === move.took.path);

/** A bridge role taken shows up as a bridge, or as the path taken at level "associate". */
const bridgeAgrees = (move: RealMove, r: AssessmentResult) =>
  !move.took.bridgeRole || r.bridge !== null || r.paths.find((p) => p.path === move.took.path)!.level === "associate";

const agrees = (move: RealMove, r: AssessmentResult) => pathAgrees(move, r) && bridgeAgrees(move, r);

const pct = (n: number, d: number) => `${n}/${d} (${d === 0 ? 0 : Math.round((100 * n) / d)}%)`;

function tally<K extends string>(rows: readonly { key: K; ok: boolean }[]): Record<K, string> {
  const by = new Map<K, { ok: number; all: number }>();
  for (const { key, ok } of rows) {
    const t = by.get(key) ?? { ok: 0, all: 0 };
    t.all += 1;
    if (ok) t.ok += 1;
    by.set(key, t);
  }
  return Object.fromEntries([...by].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, pct(t.ok, t.all)])) as Record<K, string>;
}

const scored = REAL_MOVES.map((move) => ({ move, result: scoreAssessment(move.input) }));

describe("the real-moves table", () => {
  it("has the shape the issue asks for: 40+ rows, 12+ backgrounds, 6+ per path, 5+ bridge roles, sources and guesses", () => {
    expect(REAL_MOVES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(REAL_MOVES.map((m) => m.id)).size).toBe(REAL_MOVES.length);
    expect(new Set(REAL_MOVES.map((m) => m.input.currentRole)).size).toBeGreaterThanOrEqual(12);
    for (const path of ["internal_move", "junior_pm", "startup"] as const)
      expect(REAL_MOVES.filter((m) => m.took.path === path).length).toBeGreaterThanOrEqual(6);
    expect(REAL_MOVES.filter((m) => m.took.bridgeRole).length).toBeGreaterThanOrEqual(5);
    for (const m of REAL_MOVES) {
      expect(m.source.url).toMatch(/^https?:\/\//);
      expect(m.summary.length).toBeGreaterThan(40);
      expect(m.guesses).toContain("skills");
      expect(BACKGROUNDS).toContain(m.input.currentRole);
    }
  });

  it("prints agreement per path and per background, and keeps the measured agreement (goal: 90%)", () => {
    const rows = scored.map(({ move, result }) => ({ move, result, ok: pathAgrees(move, result) }));
    const ok = rows.filter((r) => r.ok).length;
    // Rows whose deciding inputs the story states: employment and the company's PMs were not guesses.
    const stated = rows.filter((r) => !r.move.guesses.some((g) => g === "company.employsPMs" || g === "employment"));
    const bridges = rows.filter((r) => r.move.took.bridgeRole);
    const report = {
      overall: pct(ok, rows.length),
      statedInputs: pct(stated.filter((r) => r.ok).length, stated.length),
      perPath: tally(rows.map((r) => ({ key: r.move.took.path, ok: r.ok }))),
      perBackground: tally(rows.map((r) => ({ key: r.move.input.currentRole, ok: r.ok }))),
      bridgeRolesShown: pct(bridges.filter((r) => bridgeAgrees(r.move, r.result)).length, bridges.length),
      pathAndBridge: pct(rows.filter((r) => agrees(r.move, r.result)).length, rows.length),
      levelAsTaken: pct(
        rows.filter((r) => r.result.paths.find((p) => p.path === r.move.took.path)!.level === r.move.took.level).length,
        rows.length,
      ),
      misses: rows
        .filter((r) => !agrees(r.move, r.result))
        .map((r) => ({
          id: r.move.id,
          took: `${r.move.took.path}/${r.move.took.level}${r.move.took.bridgeRole ? `/${r.move.took.bridgeRole}` : ""}`,
          engine: r.result.paths.map((p) => `${p.path}:${p.fit}:${p.level}`).join(" "),
          readiness: r.result.readiness,
          closeCall: r.result.closeCall,
          bridge: r.result.bridge ? `${r.result.bridge.kind}${r.result.bridge.required ? "" : " (optional)"}` : null,
        })),
    };
    console.log(JSON.stringify(report, null, 2));
    // The goal is 90% (issue 19); model 3 reaches 38 of 45 (84%), and docs/scoring.md, "How we know", names
    // every remaining miss and why. The readings make 90% a reported goal, not a failing assertion; this
    // floor keeps a later change from quietly losing agreement.
    expect(ok).toBeGreaterThanOrEqual(MEASURED_AGREEMENT);
  });
});

/** Rows where the first path is the one taken, or the second with closeCall, as measured for model 3. */
const MEASURED_AGREEMENT = 38;
