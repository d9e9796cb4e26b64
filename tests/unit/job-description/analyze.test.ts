import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { analyzeJobDescription, JOB_DESCRIPTION_MAX, plainText } from "@/domain/job-description";
import { JOB_FIXTURES } from "./fixtures";

const sumOf = (weights: Record<string, number>) => Object.values(weights).reduce((a, b) => a + b, 0);

describe("analyzeJobDescription on the hand-made fixtures", () => {
  const results = JOB_FIXTURES.map((fixture) => {
    const analysis = analyzeJobDescription(fixture.text);
    const top = analysis.topAreas.slice(0, 3);
    const areaHits = fixture.top3.filter((area) => top.includes(area)).length;
    return { fixture, analysis, top, pass: analysis.level === fixture.level && areaHits >= 2 };
  });

  it("has at least 25 fixtures", () => {
    expect(JOB_FIXTURES.length).toBeGreaterThanOrEqual(25);
  });

  it("agrees with at least 23 of 25 (90%): the right level and at least 2 of the top 3 areas", () => {
    const failing = results.filter((r) => !r.pass).map((r) => `${r.fixture.name}: ${r.analysis.level}, ${r.top.join(" ")}`);
    const agreement = (results.length - failing.length) / results.length;
    console.info(
      `job-description fixture agreement: ${results.length - failing.length}/${results.length} (${Math.round(agreement * 100)}%)`,
    );
    expect(agreement, failing.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("reads the years asked, and whether they are product years, on at least 90% of the fixtures", () => {
    const wrong = results.filter((r) => r.analysis.yearsRequired !== r.fixture.years || r.analysis.yearsOf !== r.fixture.yearsOf);
    expect(wrong.length / results.length, wrong.map((r) => r.fixture.name).join("\n")).toBeLessThanOrEqual(0.1);
  });

  it.each(results.map((r) => [r.fixture.name, r] as const))(
    "%s: weights sum to 1 and every requirement's areas come from its matches",
    (_name, r) => {
      expect(sumOf(r.analysis.areaWeights)).toBeCloseTo(1, 9);
      expect(r.analysis.title).not.toBeNull();
      for (const requirement of r.analysis.requirements) {
        expect(requirement.areas).toEqual(SKILL_AREAS.filter((area) => requirement.matched.some((m) => m.area === area)));
        for (const m of requirement.matched) expect(requirement.text.slice(m.start, m.end)).toBe(m.text);
      }
    },
  );
});

describe("analyzeJobDescription rules", () => {
  it("reads titles and levels: APM, associate, specialist, PM, senior, lead, group, product owner", () => {
    const level = (title: string) => analyzeJobDescription(`${title}\n\nRequirements\n- Own the roadmap`).level;
    expect(level("APM")).toBe("associate");
    expect(level("Associate Product Manager")).toBe("associate");
    expect(level("Product Specialist")).toBe("associate");
    expect(level("Product Manager")).toBe("pm");
    expect(level("Product Owner")).toBe("pm");
    expect(level("Senior Product Owner")).toBe("senior");
    expect(level("Lead Product Manager")).toBe("senior");
    expect(level("Group Product Manager")).toBe("senior");
    expect(level("Sr. Product Manager")).toBe("senior");
    expect(analyzeJobDescription("We are a bakery.").level).toBe("unknown");
  });

  it("names the role family, bridge roles included", () => {
    const family = (title: string) => analyzeJobDescription(title).roleFamily;
    expect(family("Technical Product Manager")).toBe("technical_pm");
    expect(family("Product Owner")).toBe("product_owner");
    expect(family("Product Analyst")).toBe("product_analyst");
    expect(family("Technical Program Manager")).toBe("technical_program_manager");
    expect(family("Product Operations Lead")).toBe("product_ops");
    expect(family("Product Manager")).toBe("pm");
  });

  it("takes a range's minimum, lets product years win over any years, and skips years that are not an ask", () => {
    const years = (text: string) => {
      const a = analyzeJobDescription(`Product Manager\nRequirements\n- ${text}`);
      return [a.yearsRequired, a.yearsOf];
    };
    expect(years("3-5 years of experience in SaaS")).toEqual([3, "any"]);
    expect(years("3+ years of product management experience")).toEqual([3, "product"]);
    expect(years("8 years of work experience, of which 2 years as a product manager")).toEqual([2, "product"]);
    expect(years("Three years of experience in a customer-facing role")).toEqual([3, "any"]);
    expect(years("Founded 10 years ago, we grow fast")).toEqual([null, null]);
    expect(years("Own the roadmap")).toEqual([null, null]);
  });

  it("marks nice-to-haves under a heading until the next heading, and on lines with an inline marker", () => {
    const a = analyzeJobDescription(
      "Product Manager\nRequirements\n- SQL\n- Jira is a plus\nNice to have\n- Figma prototypes\n- Pricing experience\nResponsibilities\n- Own the backlog",
    );
    expect(a.requirements.map((r) => [r.text, r.mustHave])).toEqual([
      ["SQL", true],
      ["Jira is a plus", false],
      ["Figma prototypes", false],
      ["Pricing experience", false],
      ["Own the backlog", true],
    ]);
  });

  it("leaves out benefits and company blurb, and keeps unmatched asks as requirements with no area", () => {
    const a = analyzeJobDescription(
      "Product Manager\nWe love dogs.\nRequirements\n- A valid work permit\n- SQL\nBenefits\n- Competitive salary and a roadmap to growth",
    );
    expect(a.requirements.map((r) => [r.text, r.areas])).toEqual([
      ["A valid work permit", []],
      ["SQL", ["data"]],
    ]);
  });

  it("with nothing matched, weights are uniform and the first area wins the tie", () => {
    const a = analyzeJobDescription("Baker wanted\nRequirements\n- Early mornings\n- Love of bread");
    expect(a.matchedRequirements).toBe(0);
    for (const area of SKILL_AREAS) expect(a.areaWeights[area]).toBeCloseTo(1 / 8, 12);
    expect(a.topAreas).toEqual([...SKILL_AREAS]);
  });

  it("strips HTML, entities, emoji bullets and control characters", () => {
    const lines = plainText("<p>A&amp;B</p><ul><li>SQL\u0007</li></ul>").split("\n");
    expect(lines.map((line) => line.trim()).filter(Boolean)).toEqual(["A&B", "SQL"]);
    const a = analyzeJobDescription(
      "<h1>Product Manager</h1><h2>Requirements</h2><ul><li>✅ Write SQL&nbsp;queries</li><li>🚀 A/B testing</li></ul>",
    );
    expect(a.title).toBe("Product Manager");
    expect(a.requirements.map((r) => r.text)).toEqual(["Write SQL queries", "A/B testing"]);
    expect(a.keywords).toEqual(["SQL", "A/B testing"]);
  });

  it("reads only the first 20,000 characters and says so", () => {
    const long = `Product Manager\nRequirements\n${"- Own the roadmap with stakeholders\n".repeat(800)}`;
    expect(long.length).toBeGreaterThan(JOB_DESCRIPTION_MAX);
    const a = analyzeJobDescription(long);
    expect(a.truncated).toBe(true);
    expect(a.requirements.reduce((n, r) => n + r.text.length + 3, 0)).toBeLessThanOrEqual(JOB_DESCRIPTION_MAX);
    expect(analyzeJobDescription("Product Manager").truncated).toBe(false);
  });

  it("names the keywords through their synonyms, most-mentioned first", () => {
    const a = analyzeJobDescription("PM\nRequirements\n- Run experiments\n- A/B tests on pricing\n- Split testing\n- SQL");
    expect(a.keywords[0]).toBe("A/B testing");
    expect(a.keywords).toContain("SQL");
    expect(a.keywords).toContain("Pricing");
  });

  it("never throws, is deterministic and keeps its invariants on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 3_000 }), fc.string({ unit: "binary", maxLength: 500 }), fc.lorem({ maxCount: 200 })),
        (text) => {
          const a = analyzeJobDescription(text);
          expect(analyzeJobDescription(text)).toEqual(a);
          expect(sumOf(a.areaWeights)).toBeCloseTo(1, 9);
          expect(a.topAreas).toHaveLength(SKILL_AREAS.length);
          expect(a.matchedRequirements).toBeLessThanOrEqual(a.requirements.length);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
