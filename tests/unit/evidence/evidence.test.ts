import { describe, expect, it } from "vitest";
import { evidenceByArea, needsEvidencePrompt } from "@/domain/evidence";

describe("evidence by skill area", () => {
  const byArea = evidenceByArea({
    stories: [{ title: "Churn analysis", areas: ["data", "execution"] }],
    practice: [{ label: "Execution / metrics on 3 March 2026", heldOn: "2026-03-03", scores: { execution: 3, data: 2 } }],
    doneSteps: [
      { title: "Ship a small side project", skillArea: null, templateKey: "experience.side_project" },
      { title: "Write a SQL query a week", skillArea: "data", templateKey: "skill.data.2.query" },
      { title: "My own step", skillArea: null, templateKey: null },
    ],
  });

  it("collects stories, practice scores, done skill steps and a side project under their areas", () => {
    expect(byArea.data.map((e) => e.kind)).toEqual(["story", "practice", "plan_step"]);
    expect(byArea.execution.map((e) => e.kind)).toEqual(["story", "practice", "side_project"]);
    expect(byArea.strategy.map((e) => e.kind)).toEqual(["side_project"]);
    expect(byArea.business).toEqual([]);
  });

  it("prompts, without blocking, only for a rating of 4 or more with nothing logged", () => {
    expect(needsEvidencePrompt(4, byArea.business)).toBe(true);
    expect(needsEvidencePrompt(5, [])).toBe(true);
    expect(needsEvidencePrompt(3, [])).toBe(false);
    expect(needsEvidencePrompt(undefined, [])).toBe(false);
    expect(needsEvidencePrompt(5, byArea.data)).toBe(false);
  });
});
