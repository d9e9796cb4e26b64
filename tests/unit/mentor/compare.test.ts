import { describe, expect, it } from "vitest";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { compareRatings, differenceText, differsEnough, mentorRatingSchema, worthTalkingCount } from "@/domain/mentor";

const token = "A".repeat(43);

describe("comparing a mentor's ratings with the self-rating", () => {
  it("marks areas that differ by 2 or more, either way, and not those that differ by 1", () => {
    expect(differsEnough(3, 5)).toBe(true);
    expect(differsEnough(5, 3)).toBe(true);
    expect(differsEnough(3, 4)).toBe(false);
    expect(differsEnough(1, 5)).toBe(true);
    expect(differsEnough(2, 2)).toBe(false);
  });

  it("gives one row per skill area, in the model's order, with the difference mentor − self", () => {
    const rows = compareRatings({ strategy: 2, data: 4, technical: 5 }, { strategy: 4, data: 3, business: 2 });
    expect(rows.map((r) => r.area)).toEqual([...SKILL_AREAS]);
    expect(rows.find((r) => r.area === "strategy")).toEqual({ area: "strategy", self: 2, mentor: 4, difference: 2, worthTalking: true });
    expect(rows.find((r) => r.area === "data")).toEqual({ area: "data", self: 4, mentor: 3, difference: -1, worthTalking: false });
    // Left out by the mentor, or missing on one side: never "worth talking about".
    expect(rows.find((r) => r.area === "technical")).toMatchObject({ mentor: null, difference: null, worthTalking: false });
    expect(rows.find((r) => r.area === "business")).toMatchObject({ self: null, mentor: 2, worthTalking: false });
    expect(worthTalkingCount(rows)).toBe(1);
  });

  it("compares nothing without a self-rating", () => {
    const rows = compareRatings(null, { data: 1 });
    expect(worthTalkingCount(rows)).toBe(0);
    expect(differenceText(rows.find((r) => r.area === "data")!)).toBe("No self-rating to compare");
  });

  it("says the difference in words", () => {
    const [higher, lower, same, unrated] = compareRatings(
      { strategy: 1, customer_insight: 5, data: 3 },
      { strategy: 3, customer_insight: 2, data: 3 },
    );
    expect(differenceText(higher!)).toBe("2 higher than you");
    expect(differenceText(lower!)).toBe("3 lower than you");
    expect(differenceText(same!)).toBe("Same as you");
    expect(differenceText(unrated!)).toBe("Not rated");
  });
});

describe("the mentor's input", () => {
  it("accepts ratings 1–5 on known areas, cleans the name and note", () => {
    const parsed = mentorRatingSchema.parse({ token, ratings: { data: 1, leadership: 5 }, mentorName: " Mo\tM ", note: "a\r\nb\u0000" });
    expect(parsed).toEqual({ token, ratings: { data: 1, leadership: 5 }, mentorName: "Mo M", note: "a\nb" });
  });

  it.each([
    [{ token, ratings: {} }],
    [{ token, ratings: { data: 0 } }],
    [{ token, ratings: { data: 6 } }],
    [{ token, ratings: { data: "3" } }],
    [{ token, ratings: { cooking: 3 } }],
    [{ token, ratings: { data: 3 }, note: "n".repeat(1_001) }],
    [{ token, ratings: { data: 3 }, mentorName: "n".repeat(61) }],
    [{ token: "short", ratings: { data: 3 } }],
    [{ token, ratings: { data: 3 }, self: { data: 5 } }],
  ])("refuses %j", (input) => {
    expect(mentorRatingSchema.safeParse(input).success).toBe(false);
  });
});
