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

describe("the personas' reasons name their own answers", () => {
  const resultOf = (prefix: string) => {
    const persona = PERSONAS.find((p) => p.name.startsWith(prefix))!;
    return scoreAssessment(personaInput(persona));
  };
  const path = (r: ReturnType<typeof scoreAssessment>, key: string) => r.paths.find((p) => p.path === key)!;

  it("Priya: PMs she works with, her manager and her four years", () => {
    const pros = path(resultOf("Priya"), "internal_move").pros.join(" ");
    expect(pros).toMatch(/already employs PMs and you work with them/);
    expect(pros).toMatch(/manager would back the move/);
    expect(pros).toMatch(/4 years/);
  });

  it("Quinn: a bridge beside the PMs before applying, and junior roles are not sold as a teacher of weak skills", () => {
    const r = resultOf("Quinn");
    expect(r.bridge!.why).toMatch(/take a bridge first: Product work inside your current job\./);
    expect(path(r, "junior_pm").pros.join(" ")).not.toMatch(/designed to teach/);
    expect(path(r, "junior_pm").cons.join(" ")).toMatch(/Your readiness is 32/);
  });

  it("Fatima: be the first product person, with the small company and the founder's backing as pros", () => {
    const internal = path(resultOf("Fatima"), "internal_move");
    expect(internal.pros.join(" ")).toMatch(/small/);
    expect(internal.pros.join(" ")).toMatch(/sponsor/);
    expect(internal.cons.join(" ")).toMatch(/first product role/);
  });

  it("Lena: the internal move is closed because she is a student, and says so", () => {
    expect(path(resultOf("Lena"), "internal_move").cons).toEqual(["You're a student, so there's no employer to move within yet."]);
  });

  it("Helen: a new company would hire her into a full PM role, not an associate programme", () => {
    const r = resultOf("Helen");
    expect(path(r, "junior_pm").pros.join(" ")).toMatch(/full PM roles, not associate programmes/);
    expect(path(r, "junior_pm").level).toBe("pm");
  });

  it("Mei: her manager is what holds the internal move back, and backing would change it", () => {
    const internal = path(resultOf("Mei"), "internal_move");
    expect(internal.cons.join(" ")).toMatch(/manager wouldn't support/);
    expect(internal.wouldChangeIf).toContain("if your manager backed the move");
  });
});
