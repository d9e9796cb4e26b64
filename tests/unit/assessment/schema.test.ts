/**
 * assessmentInputSchema: what it accepts, what it rejects, and that every rejection points at the field
 * (issue.path) so a form can show the message next to the right question.
 */
import { describe, expect, it } from "vitest";
import { NO_COMPANY, SKILL_AREAS, TENURE_RULE_MESSAGE, assessmentInputSchema, storedAssessmentInputSchema } from "@/domain/assessment";
import { fieldErrorsOf } from "@/shared/action-result";
import { NEUTRAL_INPUT } from "./fixtures";

type Json = Record<string, unknown>;

/** A deep copy of a valid input with one value set (or removed, for `undefined` + remove) at a path. */
function withValue(path: (string | number)[], value: unknown, remove = false): Json {
  const copy = structuredClone(NEUTRAL_INPUT) as unknown as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

function issuesOf(input: unknown) {
  const parsed = assessmentInputSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.error.issues;
}

function expectRejectedAt(input: unknown, path: (string | number)[]) {
  const issues = issuesOf(input);
  expect(issues.map((i) => i.path)).toContainEqual(path);
  for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
}

const NUMERIC_FIELDS: { path: string[]; min: number; max: number; integer: boolean }[] = [
  { path: ["yearsExperience"], min: 0, max: 50, integer: false },
  { path: ["company", "tenureYears"], min: 0, max: 50, integer: false },
  { path: ["riskTolerance"], min: 1, max: 5, integer: true },
  { path: ["wantsMentorship"], min: 1, max: 5, integer: true },
  ...SKILL_AREAS.map((area) => ({ path: ["skills", area], min: 1, max: 5, integer: true })),
];

const BOOLEAN_FIELDS = [
  ["company", "employsPMs"],
  ["company", "worksWithPMs"],
  ["evidence", "sideProject"],
  ["evidence", "ledCrossFunctional"],
  ["evidence", "customerFacing"],
];

const ALL_LEAF_FIELDS = [...NUMERIC_FIELDS.map((f) => f.path), ...BOOLEAN_FIELDS, ["currentRole"], ["company", "managerSupport"]];

describe("accepts", () => {
  it("a complete, valid answer set, returning it unchanged", () => {
    expect(assessmentInputSchema.parse(NEUTRAL_INPUT)).toEqual(NEUTRAL_INPUT);
  });

  it.each(NUMERIC_FIELDS)("the bounds of $path", ({ path, min, max }) => {
    // The tenure rule (tenure ≤ experience) holds at both ends: 0 years with 0 tenure, 50 tenure with 50 years.
    const valid = (value: number) => {
      const input = withValue(path, value) as { yearsExperience: number; company: { tenureYears: number } };
      if (path[0] === "yearsExperience") input.company.tenureYears = Math.min(input.company.tenureYears, value);
      if (path[1] === "tenureYears") input.yearsExperience = Math.max(input.yearsExperience, value);
      return input;
    };
    expect(assessmentInputSchema.safeParse(valid(min)).success).toBe(true);
    expect(assessmentInputSchema.safeParse(valid(max)).success).toBe(true);
  });

  it("fractional years (half a year at a company is a real answer)", () => {
    expect(assessmentInputSchema.safeParse(withValue(["company", "tenureYears"], 0.5)).success).toBe(true);
    expect(assessmentInputSchema.safeParse(withValue(["yearsExperience"], 2.25)).success).toBe(true);
  });
});

describe("rejects out-of-range numbers, at the field", () => {
  it.each(NUMERIC_FIELDS)("$path below $min or above $max", ({ path, min, max }) => {
    expectRejectedAt(withValue(path, min - 1), path);
    expectRejectedAt(withValue(path, max + 1), path);
    expectRejectedAt(withValue(path, min - 0.001), path);
    expectRejectedAt(withValue(path, max + 0.001), path);
  });

  it("negative years", () => {
    expectRejectedAt(withValue(["yearsExperience"], -1), ["yearsExperience"]);
  });
});

describe("rejects non-integers where a 1–5 rating is required", () => {
  it.each(NUMERIC_FIELDS.filter((f) => f.integer))("$path = 2.5", ({ path }) => {
    const issues = issuesOf(withValue(path, 2.5));
    expect(issues.map((i) => i.path)).toContainEqual(path);
    expect(issues[0]!.message).toMatch(/whole number/);
  });
});

describe("rejects NaN and Infinity", () => {
  it.each(NUMERIC_FIELDS)("$path", ({ path }) => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expectRejectedAt(withValue(path, bad), path);
    }
  });
});

describe("rejects wrong types", () => {
  it.each(NUMERIC_FIELDS)("$path as a string, boolean or array", ({ path, min }) => {
    for (const bad of [String(min), true, [min], {}]) expectRejectedAt(withValue(path, bad), path);
  });

  it.each(BOOLEAN_FIELDS)("%s.%s as a string or number", (...path) => {
    for (const bad of ["true", "yes", 1, 0]) expectRejectedAt(withValue(path, bad), path);
  });

  it("objects given as something else", () => {
    expectRejectedAt(withValue(["company"], "acme"), ["company"]);
    expectRejectedAt(withValue(["evidence"], []), ["evidence"]);
    expectRejectedAt(withValue(["skills"], [3, 3, 3, 3, 3, 3, 3, 3]), ["skills"]);
  });

  it("a whole input that isn't an object", () => {
    for (const bad of ["{}", 42, [], true]) expect(assessmentInputSchema.safeParse(bad).success).toBe(false);
  });
});

describe("rejects unknown choices", () => {
  it("an unknown current role", () => {
    expectRejectedAt(withValue(["currentRole"], "astronaut"), ["currentRole"]);
    expectRejectedAt(withValue(["currentRole"], "Software_Engineer"), ["currentRole"]);
    expectRejectedAt(withValue(["currentRole"], ""), ["currentRole"]);
  });

  it("an unknown manager-support answer", () => {
    expectRejectedAt(withValue(["company", "managerSupport"], "maybe"), ["company", "managerSupport"]);
    expectRejectedAt(withValue(["company", "managerSupport"], true), ["company", "managerSupport"]);
  });
});

describe("rejects missing fields and nulls", () => {
  it.each(ALL_LEAF_FIELDS)("missing %s", (...path) => {
    expectRejectedAt(withValue(path, undefined, true), path);
  });

  it.each(ALL_LEAF_FIELDS)("null %s", (...path) => {
    expectRejectedAt(withValue(path, null), path);
  });

  it.each(["company", "evidence", "skills", "currentRole"])("missing or null top-level %s", (key) => {
    expectRejectedAt(withValue([key], undefined, true), [key]);
    expectRejectedAt(withValue([key], null), [key]);
  });

  it("null and undefined as the whole input", () => {
    expect(assessmentInputSchema.safeParse(null).success).toBe(false);
    expect(assessmentInputSchema.safeParse(undefined).success).toBe(false);
  });

  it("an empty object, reporting every missing top-level field", () => {
    const paths = issuesOf({}).map((i) => i.path.join("."));
    // employment has a default ("employed"), and then company is required.
    for (const key of Object.keys(NEUTRAL_INPUT).filter((k) => k !== "employment")) expect(paths).toContain(key);
  });
});

describe("rejects unknown extra keys, at the object that holds them", () => {
  it.each([[[]], [["company"]], [["evidence"]], [["skills"]]] as string[][][])("in %j", (objectPath) => {
    const input = withValue([...objectPath, "surprise"], 1);
    const issues = issuesOf(input);
    const unknown = issues.find((i) => i.code === "unrecognized_keys");
    expect(unknown?.path).toEqual(objectPath);
    expect(unknown && "keys" in unknown ? unknown.keys : []).toEqual(["surprise"]);
  });

  it("a misspelt skill area, reporting both the unknown and the missing key", () => {
    const input = structuredClone(NEUTRAL_INPUT) as unknown as Json;
    const skills = input.skills as Json;
    skills.stratgy = skills.strategy;
    delete skills.strategy;
    const paths = issuesOf(input).map((i) => i.path.join("."));
    expect(paths).toContain("skills");
    expect(paths).toContain("skills.strategy");
  });

  it("a prototype-pollution attempt", () => {
    const input = JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(NEUTRAL_INPUT).slice(1)}`);
    const unknown = issuesOf(input).find((i) => i.code === "unrecognized_keys");
    expect(unknown && "keys" in unknown ? unknown.keys : []).toEqual(["__proto__"]);
    expect(({} as Json).admin).toBeUndefined();
  });
});

describe("reports several problems at once, each at its own field", () => {
  it("collects one issue per bad field", () => {
    const input = withValue(["riskTolerance"], 9);
    (input.skills as Json).data = 0;
    (input.company as Json).managerSupport = "perhaps";
    const paths = issuesOf(input).map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["riskTolerance", "skills.data", "company.managerSupport"]));
  });
});

describe("contract v2", () => {
  const { employment: _e, ...v1 } = NEUTRAL_INPUT;
  const { company: _c, ...noCompany } = NEUTRAL_INPUT;

  it("still accepts a v1 input (no employment) and reads it as employed", () => {
    expect(assessmentInputSchema.parse(v1)).toEqual({ ...NEUTRAL_INPUT, employment: "employed" });
  });

  it("accepts a student with no company, and normalises the company once", () => {
    const parsed = assessmentInputSchema.parse({ ...noCompany, employment: "student" });
    expect(parsed.employment).toBe("student");
    expect(parsed.company).toEqual(NO_COMPANY);
  });

  it("accepts a company sent by someone not employed, and keeps it", () => {
    expect(assessmentInputSchema.parse({ ...NEUTRAL_INPUT, employment: "between_jobs" }).company).toEqual(NEUTRAL_INPUT.company);
  });

  it("accepts each company size and rejects others at company.size", () => {
    for (const size of ["under_50", "50_to_500", "over_500"])
      expect(assessmentInputSchema.safeParse({ ...NEUTRAL_INPUT, company: { ...NEUTRAL_INPUT.company, size } }).success).toBe(true);
    expectRejectedAt({ ...NEUTRAL_INPUT, company: { ...NEUTRAL_INPUT.company, size: "huge" } }, ["company", "size"]);
  });

  it("rejects an unknown employment at employment, and an employed person without a company at company", () => {
    expectRejectedAt({ ...NEUTRAL_INPUT, employment: "retired" }, ["employment"]);
    expectRejectedAt(noCompany, ["company"]);
    expectRejectedAt({ ...noCompany, employment: "employed" }, ["company"]);
  });

  it("rejects tenure longer than experience at company.tenureYears, with the rule's message", () => {
    const issues = issuesOf({ ...NEUTRAL_INPUT, yearsExperience: 1, company: { ...NEUTRAL_INPUT.company, tenureYears: 1.5 } });
    expect(issues).toEqual([expect.objectContaining({ path: ["company", "tenureYears"], message: TENURE_RULE_MESSAGE })]);
    expect(
      assessmentInputSchema.safeParse({ ...NEUTRAL_INPUT, yearsExperience: 1.5, company: { ...NEUTRAL_INPUT.company, tenureYears: 1.5 } })
        .success,
    ).toBe(true);
  });

  it("reports the tenure rule alongside other field errors in one pass", () => {
    const paths = issuesOf({
      ...NEUTRAL_INPUT,
      riskTolerance: 9,
      yearsExperience: 1,
      company: { ...NEUTRAL_INPUT.company, tenureYears: 3 },
    }).map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["riskTolerance", "company.tenureYears"]));
  });

  it("reads stored v1 inputs that break the new rule (storedAssessmentInputSchema), never losing them", () => {
    const old = { ...v1, yearsExperience: 1, company: { ...NEUTRAL_INPUT.company, tenureYears: 3 } };
    expect(assessmentInputSchema.safeParse(old).success).toBe(false);
    expect(storedAssessmentInputSchema.parse(old)).toMatchObject({ employment: "employed", company: { tenureYears: 3 } });
  });
});

describe("field errors of a rejected answer set", () => {
  const errorsOf = (input: unknown) => {
    const parsed = assessmentInputSchema.safeParse(input);
    if (parsed.success) throw new Error("expected a rejection");
    return fieldErrorsOf(parsed.error);
  };

  it("keys unknown fields at their own path, one entry per key, not at _form", () => {
    const input = { ...withValue(["skills", "design"], 3), salary: 1, __proto__x: 2 };
    expect(errorsOf(input)).toEqual({
      salary: ["Unknown field: salary"],
      __proto__x: ["Unknown field: __proto__x"],
      "skills.design": ["Unknown field: design"],
    });
  });

  it("keeps an unknown key named __proto__ as data", () => {
    const input = JSON.parse(JSON.stringify(NEUTRAL_INPUT).replace(/^\{/, '{"__proto__":1,')) as unknown;
    const errors = errorsOf(input);
    expect(Object.keys(errors)).toEqual(["__proto__"]);
  });

  it("keys nulls at the field; only a whole input that is not an object is a form error", () => {
    expect(errorsOf(withValue(["skills", "strategy"], null))).toEqual({
      "skills.strategy": ["Rating must be a number from 1 to 5"],
    });
    expect(Object.keys(errorsOf(withValue(["company"], null)))).toEqual(["company"]);
    expect(errorsOf(null)).toEqual({ _form: ["Send the assessment answers as an object"] });
  });
});
