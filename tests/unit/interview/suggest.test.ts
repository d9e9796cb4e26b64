import { describe, expect, it } from "vitest";
import { QUESTIONS, type Question } from "@/domain/interview";
import { areaWeaknesses, suggestQuestions } from "@/domain/interview/suggest";

const q = (id: string, type: Question["type"], areas: Question["areas"], difficulty: Question["difficulty"] = "entry"): Question => ({
  id,
  text: id,
  type,
  areas,
  difficulty,
});

const BANK: Question[] = [
  q("d1", "analytical", ["data"]),
  q("d2", "execution", ["execution", "data"]),
  q("c1", "behavioural", ["communication"]),
  q("s1", "strategy", ["strategy"]),
  q("m1", "technical", ["technical"], "mid"),
];

const none = { latestMentorRating: null, scores: [] };

describe("area weakness", () => {
  it("is target minus the lowest signal present (rating, mentor, mean of the last three scores)", () => {
    const rows = areaWeaknesses({
      latestRating: { data: 3, communication: 3 },
      latestMentorRating: { data: 2 },
      scores: [
        { area: "communication", score: 1, heldOn: "2026-01-01" }, // older than the last three: ignored
        { area: "communication", score: 2, heldOn: "2026-01-05" },
        { area: "communication", score: 2, heldOn: "2026-01-03" },
        { area: "communication", score: 2, heldOn: "2026-01-04" },
      ],
    });
    // data: target 3 − min(3, 2) = 1; communication: 3 − min(3, 2) = 1, and it weighs more, so it comes first.
    expect(rows).toEqual([
      { area: "communication", weakness: 1 },
      { area: "data", weakness: 1 },
    ]);
  });

  it("leaves out areas without any signal", () => {
    expect(areaWeaknesses({ latestRating: null, ...none })).toEqual([]);
  });
});

describe("suggested questions", () => {
  it("with no assessment yet, mixes the types at entry difficulty", () => {
    const picked = suggestQuestions({ latestRating: null, ...none, practised: [], today: "2026-03-01" }, BANK);
    expect(picked.map((s) => s.question.id)).toEqual(["d2", "s1", "c1", "d1"]);
    expect(picked.every((s) => s.area === null && s.question.difficulty === "entry")).toBe(true);
  });

  it("takes the weakest areas first, one question per area in turn, and skips areas at target", () => {
    const picked = suggestQuestions(
      { latestRating: { data: 1, communication: 2, strategy: 5 }, ...none, practised: [], today: "2026-03-01", limit: 3 },
      BANK,
    );
    expect(picked.map((s) => [s.question.id, s.area])).toEqual([
      ["d1", "data"],
      ["c1", "communication"],
      ["d2", "data"],
    ]);
  });

  it("skips questions practised in the last 14 days, not older ones", () => {
    const input = { latestRating: { data: 1 }, ...none, today: "2026-03-15", limit: 5 };
    const recent = suggestQuestions({ ...input, practised: [{ questionId: "d1", heldOn: "2026-03-02" }] }, BANK);
    expect(recent.map((s) => s.question.id)).toEqual(["d2"]);
    const old = suggestQuestions({ ...input, practised: [{ questionId: "d1", heldOn: "2026-03-01" }] }, BANK);
    expect(old.map((s) => s.question.id)).toEqual(["d1", "d2"]);
  });

  it("suggests from the real bank without repeating a question", () => {
    const picked = suggestQuestions({
      latestRating: { business: 1, leadership: 1 },
      ...none,
      practised: [],
      today: "2026-03-01",
      limit: 8,
    });
    expect(picked).toHaveLength(8);
    expect(new Set(picked.map((s) => s.question.id)).size).toBe(8);
    expect(picked.every((s) => s.area && s.question.areas.includes(s.area))).toBe(true);
    expect(QUESTIONS.length).toBeGreaterThan(150);
  });
});
