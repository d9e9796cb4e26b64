/**
 * Shared test helpers for the assessment domain: a builder for hand-written inputs and a fast-check
 * arbitrary that covers the whole valid input space.
 */
import fc from "fast-check";
import {
  BACKGROUNDS,
  COMPANY_KINDS,
  COMPANY_SIZES,
  EMPLOYMENT,
  MANAGER_SUPPORT,
  SKILL_AREAS,
  normaliseInput,
  type AssessmentInput,
  type SkillArea,
} from "@/domain/assessment";

type Skills = AssessmentInput["skills"];

export interface InputOverrides {
  currentRole?: AssessmentInput["currentRole"];
  yearsExperience?: number;
  employment?: AssessmentInput["employment"];
  company?: Partial<AssessmentInput["company"]> | undefined;
  riskTolerance?: number;
  wantsMentorship?: number;
  evidence?: Partial<AssessmentInput["evidence"]>;
  skills?: Partial<Skills>;
  openDoors?: AssessmentInput["openDoors"];
}

/** A middle-of-the-road person; personas override what makes them who they are. */
export const NEUTRAL_INPUT: AssessmentInput = {
  currentRole: "other",
  yearsExperience: 4,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 3,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: {
    strategy: 2,
    customer_insight: 2,
    data: 2,
    technical: 2,
    execution: 2,
    communication: 2,
    leadership: 2,
    business: 2,
  },
};

/** `company: undefined` leaves the company out (for people not employed); it is then normalised. */
export function makeInput(o: InputOverrides = {}): AssessmentInput {
  const company = "company" in o && o.company === undefined ? undefined : { ...NEUTRAL_INPUT.company, ...o.company };
  return normaliseInput({
    ...NEUTRAL_INPUT,
    ...o,
    company,
    evidence: { ...NEUTRAL_INPUT.evidence, ...o.evidence },
    skills: { ...NEUTRAL_INPUT.skills, ...o.skills },
  });
}

/** Ratings in SKILL_AREAS order. */
export function skills(...levels: number[]): Skills {
  return Object.fromEntries(SKILL_AREAS.map((a, i) => [a, levels[i]])) as Skills;
}

const rating = fc.integer({ min: 1, max: 5 });
// Years are real numbers in the contract; mix whole years (the common case) with fractions and bounds.
const yearsArb = fc.oneof(
  fc.integer({ min: 0, max: 50 }),
  fc.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 0.5, 1, 2, 4, 10, 50),
);

export const skillsArb: fc.Arbitrary<Skills> = fc.record(
  Object.fromEntries(SKILL_AREAS.map((a) => [a, rating])) as Record<SkillArea, fc.Arbitrary<number>>,
);

export const companyArb = fc.record(
  {
    employsPMs: fc.boolean(),
    worksWithPMs: fc.boolean(),
    tenureYears: yearsArb,
    managerSupport: fc.constantFrom(...MANAGER_SUPPORT),
    size: fc.constantFrom(...COMPANY_SIZES),
    kind: fc.constantFrom(...COMPANY_KINDS),
  },
  { requiredKeys: ["employsPMs", "worksWithPMs", "tenureYears", "managerSupport"] },
);

/** Contract v3's open doors: absent, or an object with either key absent or set. */
export const openDoorsArb = fc.record({ referral: fc.boolean(), startupContact: fc.boolean() }, { requiredKeys: [] });

/**
 * Every valid v3 input (v1 and v2 inputs are the ones without the v3 fields), normalised: mostly employed (the common case), tenure never above total
 * experience (the cross-field rule).
 */
export const inputArb: fc.Arbitrary<AssessmentInput> = fc
  .record(
    {
      currentRole: fc.constantFrom(...BACKGROUNDS),
      yearsExperience: yearsArb,
      employment: fc.oneof(
        { weight: 3, arbitrary: fc.constant("employed" as const) },
        { weight: 1, arbitrary: fc.constantFrom(...EMPLOYMENT) },
      ),
      company: companyArb,
      riskTolerance: rating,
      wantsMentorship: rating,
      evidence: fc.record(
        { sideProject: fc.boolean(), ledCrossFunctional: fc.boolean(), customerFacing: fc.boolean(), domainExpertise: fc.boolean() },
        { requiredKeys: ["sideProject", "ledCrossFunctional", "customerFacing"] },
      ),
      skills: skillsArb,
      openDoors: openDoorsArb,
    },
    { requiredKeys: ["currentRole", "yearsExperience", "employment", "company", "riskTolerance", "wantsMentorship", "evidence", "skills"] },
  )
  .map((i) => ({ ...i, company: { ...i.company, tenureYears: Math.min(i.company.tenureYears, i.yearsExperience) } }));

export const areaArb = fc.constantFrom(...SKILL_AREAS);
