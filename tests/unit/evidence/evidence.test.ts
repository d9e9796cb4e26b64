import { describe, expect, it } from "vitest";
import { describeEvidence, evidenceByArea, needsEvidencePrompt } from "@/domain/evidence";

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

describe("partner scores and mock gaps in the evidence", () => {
  it("lists a partner's scores under their areas and the gap note, which doesn't count as evidence", () => {
    const byArea = evidenceByArea({
      stories: [],
      practice: [],
      partner: [{ label: "Execution / metrics on 3 March 2026", heldOn: "2026-03-03", partnerName: "Sam", scores: { execution: 2 } }],
      doneSteps: [],
      disagreements: [{ area: "execution", direction: "lower", mocks: 2 }],
    });
    expect(byArea.execution.map((e) => e.kind)).toEqual(["partner", "mock_gap"]);
    expect(describeEvidence(byArea.execution[0]!)).toBe("Mock with Sam: Execution / metrics on 3 March 2026, they scored 2/5");
    expect(describeEvidence(byArea.execution[1]!)).toMatch(/2 mocks, partners scored you 2 or more lower/);
    const gapOnly = evidenceByArea({
      stories: [],
      practice: [],
      doneSteps: [],
      disagreements: [{ area: "data", direction: "higher", mocks: 3 }],
    });
    expect(needsEvidencePrompt(5, gapOnly.data)).toBe(true);
  });
});
