import { describe, expect, it } from "vitest";
import { SKILL_AREAS } from "@/domain/assessment";
import {
  DIFFICULTIES,
  FRAMEWORKS,
  filterQuestions,
  NEAR_DUPLICATE_SIMILARITY,
  normaliseText,
  QUESTIONS,
  questionById,
  THEMES,
  trigramSimilarity,
} from "@/domain/interview";
import { AREAS_TESTED, PRACTICE_TYPES } from "@/domain/practice";

describe("the interview question bank", () => {
  it("has at least 150 questions, with every type present", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(150);
    for (const type of PRACTICE_TYPES)
      expect(
        QUESTIONS.some((q) => q.type === type),
        type,
      ).toBe(true);
  });

  it("tests every skill area in at least 8 questions (counting every area a question lists)", () => {
    for (const area of SKILL_AREAS) expect(QUESTIONS.filter((q) => q.areas.includes(area)).length, area).toBeGreaterThanOrEqual(8);
  });

  it("has at least 8 behavioural questions per theme, and themes only on behavioural questions", () => {
    for (const theme of THEMES)
      expect(QUESTIONS.filter((q) => q.type === "behavioural" && q.theme === theme).length, theme).toBeGreaterThanOrEqual(8);
    for (const q of QUESTIONS) expect(q.theme !== undefined, q.id).toBe(q.type === "behavioural");
  });

  it("has unique ids and unique normalised texts", () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => normaliseText(q.text))).size).toBe(QUESTIONS.length);
  });

  it("has no near-duplicates (word-trigram Jaccard below 0.8 for every pair)", () => {
    const near: string[] = [];
    QUESTIONS.forEach((a, i) => {
      for (const b of QUESTIONS.slice(i + 1))
        if (trigramSimilarity(a.text, b.text) >= NEAR_DUPLICATE_SIMILARITY) near.push(`${a.id} ~ ${b.id}`);
    });
    expect(near).toEqual([]);
  });

  it("gives every question a known difficulty and one to three distinct areas", () => {
    for (const q of QUESTIONS) {
      expect(DIFFICULTIES, q.id).toContain(q.difficulty);
      expect(q.areas.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.areas.length, q.id).toBeLessThanOrEqual(3);
      expect(new Set(q.areas).size, q.id).toBe(q.areas.length);
      for (const area of q.areas) expect(SKILL_AREAS, q.id).toContain(area);
      expect(q.text.trim(), q.id).toBe(q.text);
    }
  });

  it("has a framework card per type, with steps, traps, a strong answer and minutes", () => {
    for (const type of PRACTICE_TYPES) {
      const card = FRAMEWORKS[type];
      expect(card.type).toBe(type);
      expect(card.steps.length).toBeGreaterThanOrEqual(3);
      expect(card.traps.length).toBeGreaterThanOrEqual(2);
      expect(card.strongAnswer.length).toBeGreaterThanOrEqual(2);
      expect(card.minutes).toBeGreaterThan(0);
      expect(AREAS_TESTED[type].length).toBeGreaterThan(0);
    }
  });
});

describe("filtering and similarity", () => {
  it("filters by type, area, difficulty and theme together", () => {
    const found = filterQuestions({ type: "behavioural", theme: "conflict", difficulty: "entry", area: "customer_insight" });
    expect(found.map((q) => q.id)).toEqual(["bh-co-7"]);
    expect(filterQuestions({})).toHaveLength(QUESTIONS.length);
    expect(filterQuestions({ type: "analytical" }).every((q) => q.type === "analytical")).toBe(true);
  });

  it("finds a question by id, and nothing for an unknown one", () => {
    expect(questionById("ps-01")?.type).toBe("product_sense");
    expect(questionById("nope")).toBeUndefined();
  });

  it("normalises case, punctuation and spacing", () => {
    expect(normaliseText("  Why PM?  Why now! ")).toBe("why pm why now");
  });

  it("scores identical texts 1, unrelated ones 0, and rewordings in between", () => {
    expect(trigramSimilarity("Tell me about a time you failed.", "tell me about a time you failed")).toBe(1);
    expect(trigramSimilarity("Design an alarm clock", "Estimate umbrellas sold yearly")).toBe(0);
    const partly = trigramSimilarity("Tell me about a time you failed at work.", "Tell me about a time you failed a friend.");
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(1);
  });
});
