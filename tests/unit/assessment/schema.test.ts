/**
 * assessmentInputSchema: what it accepts, what it rejects, and that every rejection points at the field
 * (issue.path) so a form can show the message next to the right question.
 */
import { describe, expect, it } from "vitest";
import { SKILL_AREAS, assessmentInputSchema } from "@/domain/assessment";
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

const ALL_LEAF_FIELDS = [
  ...NUMERIC_FIELDS.map((f) => f.path),
  ...BOOLEAN_FIELDS,
  ["currentRole"],
  ["company", "managerSupport"],
];

describe("accepts", () => {
  it("a complete, valid answer set, returning it unchanged", () => {
    expect(assessmentInputSchema.parse(NEUTRAL_INPUT)).toEqual(NEUTRAL_INPUT);
  });

  it.each(NUMERIC_FIELDS)("the bounds of $path", ({ path, min, max }) => {
    expect(assessmentInputSchema.safeParse(withValue(path, min)).success).toBe(true);
    expect(assessmentInputSchema.safeParse(withValue(path, max)).success).toBe(true);
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
    for (const key of Object.keys(NEUTRAL_INPUT)) expect(paths).toContain(key);
  });
});

describe("rejects unknown extra keys, at the object that holds them", () => {
  it.each([[[]], [["company"]], [["evidence"]], [["skills"]]] as (string[])[][])("in %j", (objectPath) => {
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
