/**
 * Model 2's calibration: every coach-labelled persona in persona-table.ts gets the coach's answer, and the
 * result explains itself (a pro for the recommendation, a bridge exactly where the coach would send one).
 */
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, EMPLOYMENT, scoreAssessment } from "@/domain/assessment";
import { PERSONAS, personaInput } from "./persona-table";

describe("the persona table", () => {
  it("has at least 30 personas, each with a one-line rationale, covering every background and employment", () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(30);
    for (const p of PERSONAS) expect(p.why).toMatch(/^[^\n]{20,200}$/);
    const inputs = PERSONAS.map(personaInput);
    // "other" and the backgrounds it stands in for are covered by name; every listed background appears.
    const covered = new Set(inputs.map((i) => i.currentRole));
    const missing = BACKGROUNDS.filter((b) => !covered.has(b));
    expect(missing.length, `backgrounds without a persona: ${missing.join(", ")}`).toBe(0);
    expect(new Set(inputs.map((i) => i.employment))).toEqual(new Set(EMPLOYMENT));
  });

  it.each(PERSONAS.map((p) => [p.name, p] as const))("%s", (_name, persona) => {
    const result = scoreAssessment(personaInput(persona));
    expect(result.recommendedPath.path, persona.why).toBe(persona.coach);
    expect(result.recommendedPath.pros.length).toBeGreaterThanOrEqual(1);
    if (persona.bridge === false) expect(result.bridge).toBeNull();
    if (persona.bridge) expect(result.bridge?.kind).toBe(persona.bridge);
    if (persona.closeCall !== undefined) expect(result.closeCall).toBe(persona.closeCall);
    if (personaInput(persona).employment !== "employed") {
      expect(result.paths.at(-1)!.path).toBe("internal_move");
      expect(result.paths.find((p) => p.path === "internal_move")!.fit).toBe(0);
    }
  });
});
