/**
 * Stored results of models 1 and 2 still read (docs/decisions/0022-recommendation-model-3.md): no field is
 * invented as a pro or a con, model 2's bridges read as required, and a level comes from the stored input.
 */
import { describe, expect, it } from "vitest";
import { hasModel3Fields, scoreAssessment, storedResultAsV2, type StoredAssessmentResult } from "@/domain/assessment";
import { makeInput, skills } from "./fixtures";

const senior = makeInput({ yearsExperience: 8, evidence: { ledCrossFunctional: true }, skills: skills(4, 4, 4, 4, 4, 4, 4, 4) });
const weak = makeInput({ skills: skills(1, 1, 2, 2, 1, 2, 1, 1) });

/** A result as model 2 stored it: no level on its paths, no `required` on its bridge. */
function asModel2(input: ReturnType<typeof makeInput>): StoredAssessmentResult {
  const r = scoreAssessment(input);
  const strip = <T extends { level?: unknown }>({ level: _l, ...rest }: T) => rest;
  const bridge = r.bridge ? (({ required: _r, ...rest }) => rest)(r.bridge) : null;
  return { ...r, paths: r.paths.map(strip), recommendedPath: strip(r.recommendedPath), bridge, modelVersion: "2026.11-2" };
}

describe("stored results", () => {
  it("a model 3 result is read as it is", () => {
    const r = scoreAssessment(senior);
    expect(hasModel3Fields(r)).toBe(true);
    expect(storedResultAsV2(r)).toBe(r);
  });

  it("a model 2 result gains the level its stored input gives, and its bridge reads as required", () => {
    const stored = asModel2(weak);
    expect(hasModel3Fields(stored)).toBe(false);
    const read = storedResultAsV2(stored, weak);
    expect(read.bridge?.required).toBe(true);
    expect(read.paths.every((p) => p.level === "associate")).toBe(true);
    expect(storedResultAsV2(asModel2(senior), senior).paths.every((p) => p.level === "pm")).toBe(true);
    // Without the input, nothing is guessed upwards.
    expect(storedResultAsV2(asModel2(senior)).paths.every((p) => p.level === "associate")).toBe(true);
  });

  it("a model 1 result keeps its reasons unsplit and gets no bridge", () => {
    const r = scoreAssessment(weak);
    const strip = <T extends { pros?: unknown; cons?: unknown; level?: unknown }>({ pros: _p, cons: _c, level: _l, ...rest }: T) => rest;
    const { closeCall: _cc, bridge: _b, ...rest } = r;
    const model1: StoredAssessmentResult = {
      ...rest,
      paths: r.paths.map(strip),
      recommendedPath: strip(r.recommendedPath),
      modelVersion: "2026.11-1",
    };
    const read = storedResultAsV2(model1, weak);
    expect(read.bridge).toBeNull();
    expect(read.paths[0]!.pros).toEqual([]);
    expect(read.paths[0]!.reasons).toEqual(r.paths[0]!.reasons);
  });
});
