import { describe, expect, it } from "vitest";
import { assessmentInputSchema, type AssessmentInput } from "@/domain/assessment";
import {
  answersFromInput,
  firstStepWithError,
  parseFormAnswers,
  parseYears,
  stepOfPath,
  toCandidateInput,
  validateAll,
  validateStep,
  withAnswer,
} from "@/components/assessment/form-answers";

const INPUT: AssessmentInput = {
  currentRole: "designer",
  yearsExperience: 4.5,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 3,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 2, customer_insight: 4, data: 2, technical: 2, execution: 3, communication: 3, leadership: 3, business: 2 },
};

describe("parseYears", () => {
  it("reads whole numbers, decimals with a point or a comma, and negative numbers", () => {
    expect(parseYears("3")).toBe(3);
    expect(parseYears(" 1,5 ")).toBe(1.5);
    expect(parseYears("-1")).toBe(-1);
  });
  it("gives undefined for blank and NaN for anything that isn't a plain number", () => {
    expect(parseYears("")).toBeUndefined();
    expect(parseYears(undefined)).toBeUndefined();
    for (const text of ["a few", "1e3", "0x10", "3 years"]) expect(parseYears(text)).toBeNaN();
  });
});

describe("answers and the contract", () => {
  it("a saved input survives the round trip through the form unchanged", () => {
    const checked = validateAll(answersFromInput(INPUT));
    expect(checked).toEqual({ ok: true, input: INPUT });
  });

  it("sends worksWithPMs = false when the company has no PMs, whatever was answered before", () => {
    const answers = withAnswer(withAnswer(answersFromInput(INPUT), "company.worksWithPMs", true), "company.employsPMs", false);
    expect(toCandidateInput(answers).company).toMatchObject({ employsPMs: false, worksWithPMs: false });
    expect(assessmentInputSchema.safeParse(toCandidateInput(answers)).success).toBe(true);
  });

  it("keeps what still fits from a stored draft and drops the rest", () => {
    const answers = parseFormAnswers({
      currentRole: "astronaut",
      yearsExperience: "3",
      company: { employsPMs: "yes", tenureYears: "2" },
      skills: { strategy: 9, data: 3, unknown: 1 },
      extra: true,
    });
    expect(answers).toEqual({ yearsExperience: "3", company: { tenureYears: "2" }, skills: { data: 3 } });
    expect(parseFormAnswers("not an object")).toEqual({});
    expect(parseFormAnswers(null)).toEqual({});
  });
});

describe("validateStep", () => {
  it("checks only the step's own fields", () => {
    const answers = { currentRole: "sales", yearsExperience: "2" } as const;
    expect(validateStep(0, answers)).toEqual({});
    expect(Object.keys(validateStep(1, answers)).sort()).toEqual([
      "company.employsPMs",
      "company.managerSupport",
      "company.tenureYears",
    ]);
  });

  it("says what to do for a missing answer and uses the schema's message for a wrong one", () => {
    expect(validateStep(0, { currentRole: "sales" }).yearsExperience?.[0]).toMatch(/^Enter your years of work experience/);
    expect(validateStep(0, { currentRole: "sales", yearsExperience: "60" }).yearsExperience).toEqual([
      "Years of experience must be 50 or less",
    ]);
    expect(validateStep(0, { currentRole: "sales", yearsExperience: "soon" }).yearsExperience?.[0]).toMatch(/number of years/);
    expect(validateStep(4, { skills: { strategy: 2 } })["skills.data"]?.[0]).toMatch(/Choose the level/);
  });
});

describe("error paths and steps", () => {
  it("maps server error paths to the step that asks for them", () => {
    expect(stepOfPath("company.tenureYears")).toBe(1);
    expect(stepOfPath("skills.data")).toBe(4);
    expect(stepOfPath("_form")).toBeNull();
    expect(firstStepWithError({ "skills.data": ["x"], riskTolerance: ["y"] })).toBe(2);
    expect(firstStepWithError({ _form: ["x"] })).toBeNull();
  });
});
