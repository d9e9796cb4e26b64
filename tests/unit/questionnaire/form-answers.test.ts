import { describe, expect, it } from "vitest";
import { TENURE_RULE_MESSAGE, assessmentInputSchema, type AssessmentInput } from "@/domain/assessment";
import {
  COMPANY_STEP,
  answersFromInput,
  firstStepWithError,
  isStepSkipped,
  nextStep,
  previousStep,
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
    expect(Object.keys(validateStep(1, answers)).sort()).toEqual(["company.employsPMs", "company.managerSupport", "company.tenureYears"]);
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

describe("contract v2 in the questionnaire", () => {
  const student = withAnswer(answersFromInput(INPUT), "employment", "student");

  it("skips the company step when the person isn't employed, forwards and back", () => {
    expect(isStepSkipped(COMPANY_STEP, student)).toBe(true);
    expect(nextStep(0, student)).toBe(2);
    expect(previousStep(2, student)).toBe(0);
    const employed = answersFromInput(INPUT);
    expect(isStepSkipped(COMPANY_STEP, employed)).toBe(false);
    expect(nextStep(0, employed)).toBe(1);
  });

  it("sends no company for a student, and the schema scores it with the internal move closed", () => {
    const checked = validateAll(student);
    expect(checked.ok).toBe(true);
    expect(toCandidateInput(student).company).toBeUndefined();
    if (checked.ok) expect(checked.input.employment).toBe("student");
  });

  it("shows the tenure rule as an error at company.tenureYears on the company step", () => {
    const tooLong = withAnswer(withAnswer(answersFromInput(INPUT), "yearsExperience", "2"), "company.tenureYears", "3");
    expect(validateStep(COMPANY_STEP, tooLong)["company.tenureYears"]).toEqual([TENURE_RULE_MESSAGE]);
    const whole = validateAll(tooLong);
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(whole.errors["company.tenureYears"]).toEqual([TENURE_RULE_MESSAGE]);
    expect(validateStep(0, tooLong)).toEqual({});
  });

  it("loads a draft from before the employment question as employed, with its company answers", () => {
    const old = parseFormAnswers({ currentRole: "sales", yearsExperience: "5", company: { employsPMs: true, tenureYears: "2" } });
    expect(old.employment).toBeUndefined();
    expect(isStepSkipped(COMPANY_STEP, old)).toBe(false);
    expect(toCandidateInput(old)).toMatchObject({ employment: "employed", company: { employsPMs: true, tenureYears: 2 } });
  });

  it("keeps the optional company size, and a saved student's answers have no company to pre-fill", () => {
    const sized = withAnswer(answersFromInput(INPUT), "company.size", "under_50");
    expect(toCandidateInput(sized).company).toMatchObject({ size: "under_50" });
    const saved = validateAll(student);
    if (saved.ok) expect(answersFromInput(saved.input).company).toBeUndefined();
  });
});

describe("contract v3 in the questionnaire", () => {
  const V3: AssessmentInput = {
    ...INPUT,
    company: { ...INPUT.company, kind: "product" },
    evidence: { ...INPUT.evidence, domainExpertise: true },
    openDoors: { referral: true, startupContact: false },
  };

  it("a saved v3 input survives the round trip through the form unchanged", () => {
    const result = validateAll(answersFromInput(V3));
    expect(result).toEqual({ ok: true, input: V3 });
  });

  it("'Not sure' sends no company kind, and unanswered doors send no openDoors", () => {
    const answers = withAnswer(answersFromInput(INPUT), "company.kind", "not_sure");
    const candidate = toCandidateInput(answers);
    expect(candidate.company).not.toHaveProperty("kind");
    expect(candidate.openDoors).toBeUndefined();
    const result = validateAll(answers);
    expect(result.ok && result.input).toEqual(INPUT);
  });

  it("one answered door is sent alone, on the evidence step", () => {
    const answers = withAnswer(answersFromInput(INPUT), "openDoors.startupContact", true);
    expect(toCandidateInput(answers).openDoors).toEqual({ startupContact: true });
    expect(stepOfPath("openDoors.startupContact")).toBe(stepOfPath("evidence.sideProject"));
  });

  it("drops a stored draft's unknown kind instead of failing", () => {
    const answers = parseFormAnswers({ company: { kind: "startup", employsPMs: true } });
    expect(answers.company).toEqual({ employsPMs: true });
  });
});
