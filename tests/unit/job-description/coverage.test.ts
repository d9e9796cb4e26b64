import { describe, expect, it } from "vitest";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { analyzeJobDescription, coverJob, keywordsNotMentioned, levelComparison, practiceTypeFor } from "@/domain/job-description";
import type { ProfileEvidence } from "@/domain/job-description";

const ratings = (rating: number) =>
  Object.fromEntries(SKILL_AREAS.map((area) => [area, { rating, target: 3 }])) as Record<SkillArea, { rating: number; target: number }>;

const job = analyzeJobDescription(
  "Product Manager\nRequirements\n- Write SQL queries\n- Run user interviews\n- Manage stakeholders\n- A valid work permit\nNice to have\n- Pricing",
);

describe("coverage against the person's profile", () => {
  it("covered needs the rating and evidence; partly one of them; not covered neither; no area is not assessed", () => {
    const evidence: ProfileEvidence = {
      ratings: { ...ratings(2), data: { rating: 4, target: 3 }, customer_insight: { rating: 4, target: 3 } },
      stories: [{ id: "s1", title: "Churn", areas: ["data"], text: "Wrote SQL for churn" }],
      practice: [],
    };
    const coverage = coverJob(job, evidence, "PM at Acme");
    expect(coverage.requirements.map((r) => [r.text, r.status])).toEqual([
      ["Write SQL queries", "covered"],
      ["Run user interviews", "partly"],
      ["Manage stakeholders", "not_covered"],
      ["A valid work permit", "not_assessed"],
      ["Pricing", "not_covered"],
    ]);
    expect(coverage.mustHaves).toEqual({ covered: 1, total: 3 });
    const stakeholders = coverage.requirements[2]!;
    expect(stakeholders.suggestions.map((s) => s.kind)).toEqual(["plan_step", "story", "practice"]);
    expect(coverage.requirements[0]!.suggestions).toEqual([]);
    expect(coverage.missingKeywords).toContain("User interviews");
    expect(coverage.missingKeywords).not.toContain("SQL");
  });

  it("says it has no assessment yet", () => {
    expect(coverJob(job, { ratings: null, stories: [], practice: [] }, "x").assessed).toBe(false);
  });

  it("matches keywords through synonyms, word-bounded and case-insensitive", () => {
    expect(keywordsNotMentioned(["A/B testing", "SQL"], ["We ran EXPERIMENTS weekly", "sqlite is not sql"])).toEqual([]);
    expect(keywordsNotMentioned(["SQL"], ["sqlite only"])).toEqual(["SQL"]);
  });

  it("suggests a practice type that tests the area", () => {
    expect(practiceTypeFor("communication")).toBe("behavioural");
    expect(practiceTypeFor("technical")).toBe("technical");
    expect(practiceTypeFor("business")).toBe("strategy");
  });

  it("compares the job's level with the path's", () => {
    expect(levelComparison("senior", "pm")).toMatch(/above/);
    expect(levelComparison("associate", "associate")).toMatch(/the level your path aims at/);
    expect(levelComparison("unknown", "pm")).toMatch(/doesn't say/);
    expect(levelComparison("associate", null)).toBe("This is an associate-level role.");
  });
});
