/**
 * The content people read and rate themselves from: complete, distinct, consistent with the contract.
 */
import { describe, expect, it } from "vitest";
import {
  BACKGROUNDS,
  BACKGROUND_ADVICE,
  BACKGROUND_PROFILES,
  LEVEL_NAMES,
  MANAGER_SUPPORT,
  MANAGER_SUPPORT_LABELS,
  MENTORSHIP_LABELS,
  PATHS,
  PATH_INFO,
  RISK_TOLERANCE_LABELS,
  SKILL_AREAS,
  SKILL_MODEL,
  adviceFor,
  defaultSkillsFor,
  skillsSchema,
  targetFor,
} from "@/domain/assessment";

const nonEmpty = (s: string) => s.trim().length > 0;
/** Content must be finished prose, not placeholders. */
const looksFinished = (s: string) => nonEmpty(s) && !/TODO|TBD|lorem|\{|\}|undefined/i.test(s);

describe("skill model", () => {
  it("covers exactly the eight contract areas, keyed consistently", () => {
    expect(Object.keys(SKILL_MODEL).sort()).toEqual([...SKILL_AREAS].sort());
    for (const area of SKILL_AREAS) expect(SKILL_MODEL[area].area).toBe(area);
  });

  it.each(SKILL_AREAS)("%s has a label, a one-line description and five distinct, non-empty levels", (area) => {
    const info = SKILL_MODEL[area];
    expect(looksFinished(info.label)).toBe(true);
    expect(looksFinished(info.description)).toBe(true);
    expect(info.description).not.toMatch(/\n/);
    expect(info.levels).toHaveLength(5);
    for (const level of info.levels) {
      expect(looksFinished(level)).toBe(true);
      expect(level.length).toBeGreaterThan(40);
    }
    expect(new Set(info.levels).size).toBe(5);
    expect(looksFinished(info.howToGrow)).toBe(true);
  });

  it.each(SKILL_AREAS)("%s has an integer entry-level target from 1 to 5", (area) => {
    const target = targetFor(area);
    expect(Number.isInteger(target)).toBe(true);
    expect(target).toBeGreaterThanOrEqual(1);
    expect(target).toBeLessThanOrEqual(5);
  });

  it("sets a target of 3 for most areas (exceptions are justified in docs/scoring.md)", () => {
    const atThree = SKILL_AREAS.filter((a) => targetFor(a) === 3);
    expect(atThree.length).toBeGreaterThanOrEqual(6);
  });

  it("level 5 always asks for evidence; level 1 always describes no exposure", () => {
    for (const area of SKILL_AREAS) {
      const [first, , , , fifth] = SKILL_MODEL[area].levels;
      expect(fifth).toMatch(/show|vouch|name you|evidence/i);
      expect(first).toMatch(/haven't|have not|mainly|mostly|work on tasks/i);
    }
  });

  it("labels, descriptions and level texts are distinct across areas", () => {
    const labels = SKILL_AREAS.map((a) => SKILL_MODEL[a].label);
    expect(new Set(labels).size).toBe(labels.length);
    const allLevels = SKILL_AREAS.flatMap((a) => SKILL_MODEL[a].levels);
    expect(new Set(allLevels).size).toBe(allLevels.length);
  });

  it("names the five shared levels", () => {
    expect(LEVEL_NAMES).toHaveLength(5);
    expect(new Set(LEVEL_NAMES).size).toBe(5);
  });
});

describe("backgrounds", () => {
  it("covers exactly the contract backgrounds", () => {
    expect(Object.keys(BACKGROUND_PROFILES).sort()).toEqual([...BACKGROUNDS].sort());
    expect(Object.keys(BACKGROUND_ADVICE).sort()).toEqual([...BACKGROUNDS].sort());
  });

  it.each(BACKGROUNDS)("%s has a label, what it brings and general advice", (background) => {
    const profile = BACKGROUND_PROFILES[background];
    expect(profile.background).toBe(background);
    expect(looksFinished(profile.label)).toBe(true);
    expect(looksFinished(profile.brings)).toBe(true);
    expect(looksFinished(profile.general)).toBe(true);
  });

  it.each(BACKGROUNDS)("%s has default ratings the questionnaire schema accepts", (background) => {
    const defaults = defaultSkillsFor(background);
    expect(skillsSchema.safeParse(defaults).success).toBe(true);
    // A fresh copy each time, so a form editing it can't change the shared content.
    const original = BACKGROUND_PROFILES[background].defaults.strategy;
    defaults.strategy = original === 5 ? 1 : 5;
    expect(BACKGROUND_PROFILES[background].defaults.strategy).toBe(original);
  });

  it.each(BACKGROUNDS)("%s lists valid, distinct strengths that its defaults agree with", (background) => {
    const { strengths, defaults } = BACKGROUND_PROFILES[background];
    expect(new Set(strengths).size).toBe(strengths.length);
    for (const area of strengths) {
      expect(SKILL_AREAS).toContain(area);
      expect(defaults[area]).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(BACKGROUNDS.filter((b) => b !== "other"))(
    "%s has tailored advice for every area its defaults leave below target",
    (background) => {
      const { defaults } = BACKGROUND_PROFILES[background];
      const lacking = SKILL_AREAS.filter((a) => defaults[a] < targetFor(a));
      expect(lacking.length).toBeGreaterThan(0);
      for (const area of lacking) expect(looksFinished(BACKGROUND_ADVICE[background][area] ?? "")).toBe(true);
    },
  );

  it("gives every background advice for every area, tailored or general", () => {
    for (const background of BACKGROUNDS) {
      for (const area of SKILL_AREAS) expect(looksFinished(adviceFor(background, area))).toBe(true);
    }
  });

  it("prefers tailored advice over the general one", () => {
    expect(adviceFor("software_engineer", "customer_insight")).toBe(BACKGROUND_ADVICE.software_engineer.customer_insight);
    expect(adviceFor("other", "data")).toBe(SKILL_MODEL.data.howToGrow);
  });

  it("tells an engineer how to show customer insight and a marketer how to build technical fluency", () => {
    expect(adviceFor("software_engineer", "customer_insight")).toMatch(/customer|user/i);
    expect(adviceFor("marketing", "technical")).toMatch(/engineer/i);
  });

  it("never repeats a piece of tailored advice", () => {
    const all = BACKGROUNDS.flatMap((b) => Object.values(BACKGROUND_ADVICE[b]));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("paths and answer labels", () => {
  it("labels and describes every path", () => {
    expect(Object.keys(PATH_INFO).sort()).toEqual([...PATHS].sort());
    expect(PATH_INFO.internal_move.label).toBe("Internal move");
    expect(PATH_INFO.junior_pm.label).toBe("A PM role at a new company");
    expect(PATH_INFO.startup.label).toBe("Product role at a startup");
    for (const path of PATHS) {
      expect(PATH_INFO[path].path).toBe(path);
      expect(looksFinished(PATH_INFO[path].description)).toBe(true);
      expect(PATH_INFO[path].description.length).toBeGreaterThan(200);
    }
  });

  it("labels every manager-support answer and each point of the two 1–5 scales", () => {
    expect(Object.keys(MANAGER_SUPPORT_LABELS).sort()).toEqual([...MANAGER_SUPPORT].sort());
    for (const value of MANAGER_SUPPORT) expect(looksFinished(MANAGER_SUPPORT_LABELS[value])).toBe(true);
    for (const scale of [RISK_TOLERANCE_LABELS, MENTORSHIP_LABELS]) {
      expect(scale).toHaveLength(5);
      expect(new Set(scale).size).toBe(5);
    }
  });
});
