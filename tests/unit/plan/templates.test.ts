import { describe, expect, it } from "vitest";
import { BACKGROUNDS, PATHS, SKILL_AREAS } from "@/domain/assessment/schemas";
import {
  AREA_WORDS,
  BACKGROUND_WORDS,
  CATEGORY_LABELS,
  GENERAL_TEMPLATES,
  PATH_WORDS,
  PLAN_ITEM_CATEGORIES,
  SKILL_TEMPLATES,
  TEMPLATES,
  templateByKey,
  type PlanContext,
  type SkillContext,
} from "@/domain/plan";
import { makeInput, makeResult } from "./fixtures";

/** Sentences = runs ending in . ! or ? followed by a space or the end. The library avoids abbreviations. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== "");

/** Contexts covering every path, background and the answers whys branch on. */
function contexts(): PlanContext[] {
  const out: PlanContext[] = [];
  for (const path of PATHS)
    for (const background of BACKGROUNDS)
      for (const managerSupport of ["yes", "unsure", "no"] as const)
        for (const [riskTolerance, wantsMentorship, tenureYears] of [
          [1, 5, 0.5],
          [5, 1, 7],
        ] as const) {
          const input = makeInput({
            currentRole: background,
            riskTolerance,
            wantsMentorship,
            company: { managerSupport, tenureYears },
          });
          out.push({
            input,
            result: makeResult(input, { path }),
            path,
            background,
            bg: BACKGROUND_WORDS[background],
            pathWords: PATH_WORDS[path],
            bridge: null,
            optionalBridge: null,
          });
        }
  return out;
}

function skillContext(base: PlanContext, t: (typeof SKILL_TEMPLATES)[number]): SkillContext {
  const rating = t.skill.level === "foundation" ? 2 : 3;
  const area = t.skill.area;
  return { ...base, area, areaWords: AREA_WORDS[area], rating, target: 4, gap: 4 - rating, rank: 0 };
}

describe("template library", () => {
  it("has at least 40 templates", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(40);
  });

  it("has unique keys, titles and details", () => {
    for (const field of ["key", "title", "detail"] as const) {
      const values = TEMPLATES.map((t) => t[field].trim().toLowerCase());
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it("looks every template up by its key", () => {
    for (const t of TEMPLATES) expect(templateByKey(t.key)).toBe(t);
    expect(templateByKey("no.such.key")).toBeUndefined();
  });

  it.each(TEMPLATES.map((t) => [t.key, t] as const))("%s reads as a short title and a 2–3 sentence how-to", (_, t) => {
    expect(t.title.trim()).not.toBe("");
    expect(t.title.length).toBeLessThanOrEqual(60);
    expect(t.title).not.toMatch(/[.!]$/);
    expect(t.detail.trim()).not.toBe("");
    expect(sentences(t.detail).length).toBeGreaterThanOrEqual(2);
    expect(sentences(t.detail).length).toBeLessThanOrEqual(3);
    expect(t.paths.length).toBeGreaterThan(0);
  });

  it("covers every category, with labels", () => {
    for (const cat of PLAN_ITEM_CATEGORIES) {
      expect(CATEGORY_LABELS[cat]).toBeTruthy();
      expect(
        TEMPLATES.some((t) => t.category === cat),
        cat,
      ).toBe(true);
    }
  });

  it("gives each path at least two path-specific templates, and path templates name a single path", () => {
    for (const path of PATHS) {
      const own = GENERAL_TEMPLATES.filter((t) => t.category === "path" && t.paths.includes(path));
      expect(own.length, path).toBeGreaterThanOrEqual(2);
    }
    for (const t of GENERAL_TEMPLATES.filter((t) => t.category === "path")) expect(t.paths).toHaveLength(1);
  });

  it("has, for every skill area and level, an unconditional generic first and second step", () => {
    for (const area of SKILL_AREAS)
      for (const level of ["foundation", "stretch"] as const)
        for (const step of [1, 2] as const) {
          const generic = SKILL_TEMPLATES.filter(
            (t) => t.skill.area === area && t.skill.level === level && t.skill.step === step && !t.skill.backgrounds && !t.requires?.length,
          );
          expect(generic, `${area} ${level} step ${step}`).toHaveLength(1);
        }
  });

  it("tailors skill advice by background where it matters", () => {
    const tailored = (area: string, background: string) =>
      SKILL_TEMPLATES.find((t) => t.skill.area === area && t.skill.backgrounds?.includes(background as never));
    expect(tailored("customer_insight", "software_engineer")?.title).toBe("Sit in on five customer calls");
    expect(tailored("technical", "marketing")?.title).toBe("Walk through a system design with an engineer");
    expect(tailored("communication", "data_analyst")).toBeDefined();
    expect(tailored("business", "designer")).toBeDefined();
    // At most one tailored variant per area, level, step and background, so the choice is unambiguous.
    for (const t of SKILL_TEMPLATES.filter((t) => t.skill.backgrounds))
      for (const b of t.skill.backgrounds!) {
        const rivals = SKILL_TEMPLATES.filter(
          (o) =>
            o.skill.area === t.skill.area &&
            o.skill.level === t.skill.level &&
            o.skill.step === t.skill.step &&
            o.skill.backgrounds?.includes(b),
        );
        expect(rivals, `${t.key} ${b}`).toHaveLength(1);
      }
  });

  it("only lets the internal-PM templates appear when someone at work is a PM", () => {
    const needsPMs = TEMPLATES.filter((t) => /PM's plate|PMs at your company|Shadow a PM|fills PM roles|Invite one PM/.test(t.title));
    expect(needsPMs.length).toBeGreaterThanOrEqual(4);
    for (const t of needsPMs)
      expect(
        t.requires?.some((c) => c === "employsPMs" || c === "pmsNearby"),
        t.key,
      ).toBe(true);
  });

  describe("why sentences", () => {
    const all = contexts();
    const personal = (why: string, c: PlanContext) => {
      const w = why.toLowerCase();
      const markers = [
        c.bg.a,
        c.bg.plural,
        c.bg.field,
        c.pathWords.name,
        c.pathWords.goal,
        c.pathWords.audience,
        { internal_move: "internal move", junior_pm: "junior", startup: "startup" }[c.path],
        "you told us",
        "you rated",
        "your manager",
        "you already have",
        "you have not",
        "no pms",
      ];
      return markers.some((m) => w.includes(m.toLowerCase()));
    };

    it.each(GENERAL_TEMPLATES.map((t) => [t.key, t] as const))("%s gives one personal sentence in every context", (_, t) => {
      for (const c of all.filter((c) => t.paths.includes(c.path))) {
        const why = t.why(c);
        expect(sentences(why), why).toHaveLength(1);
        expect(why).toMatch(/^[A-Z].*\.$/);
        expect(why).not.toMatch(/undefined|NaN|\[object/);
        expect(why, "doubled word").not.toMatch(/\b(\w+) \1\b/i);
        expect(personal(why, c), `${t.key}: ${why}`).toBe(true);
      }
    });

    it.each(SKILL_TEMPLATES.map((t) => [t.key, t] as const))("%s names the gap in one sentence", (_, t) => {
      for (const c of all) {
        const sc = skillContext(c, t);
        const why = t.why(sc);
        expect(sentences(why), why).toHaveLength(1);
        expect(why).toMatch(/^[A-Z].*\.$/);
        expect(why).not.toMatch(/undefined|NaN|\[object/);
        expect(why, "doubled word").not.toMatch(/\b(\w+) \1\b/i);
        expect(why.includes(sc.areaWords) || why.includes(`${sc.rating} of 5`), why).toBe(true);
      }
    });

    it("changes with the user's situation", () => {
      const distinct = new Set(all.flatMap((c) => GENERAL_TEMPLATES.filter((t) => t.paths.includes(c.path)).map((t) => t.why(c))));
      expect(distinct.size).toBeGreaterThan(GENERAL_TEMPLATES.length * 2);
    });
  });
});
