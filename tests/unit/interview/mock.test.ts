import { describe, expect, it } from "vitest";
import { createMockLinkSchema, mockDisagreements, mockLinkExpiry, partnerScoreSchema, scoreGaps } from "@/domain/interview";

const token = "A".repeat(43);

describe("mock links", () => {
  it("expire 168 hours after creation", () => {
    expect(mockLinkExpiry(new Date("2026-03-28T12:00:00Z")).toISOString()).toBe("2026-04-04T12:00:00.000Z");
  });

  it("take one question or three known ones, each once, and a label of 60 characters at most", () => {
    expect(createMockLinkSchema.safeParse({ questionIds: ["ps-01"] }).success).toBe(true);
    expect(createMockLinkSchema.safeParse({ questionIds: ["ps-01", "ps-02", "ps-03"], label: "Sam" }).success).toBe(true);
    expect(createMockLinkSchema.safeParse({ questionIds: ["ps-01", "ps-02"] }).success).toBe(false);
    expect(createMockLinkSchema.safeParse({ questionIds: ["ps-01", "ps-01", "ps-02"] }).success).toBe(false);
    expect(createMockLinkSchema.safeParse({ questionIds: ["nope"] }).success).toBe(false);
    expect(createMockLinkSchema.safeParse({ questionIds: ["ps-01"], label: "x".repeat(61) }).success).toBe(false);
  });

  it("accept a partner's scores only on the question's areas, a name up to 60 and a note up to 1,000 characters", () => {
    const ok = { token, questionId: "te-01", scores: { technical: 3 } };
    expect(partnerScoreSchema.safeParse(ok).success).toBe(true);
    expect(partnerScoreSchema.safeParse({ ...ok, scores: {} }).success).toBe(false);
    expect(partnerScoreSchema.safeParse({ ...ok, scores: { leadership: 3 } }).success).toBe(false);
    expect(partnerScoreSchema.safeParse({ ...ok, scores: { technical: 6 } }).success).toBe(false);
    expect(partnerScoreSchema.safeParse({ ...ok, partnerName: "x".repeat(61) }).success).toBe(false);
    expect(partnerScoreSchema.safeParse({ ...ok, note: "x".repeat(1_001) }).success).toBe(false);
    expect(partnerScoreSchema.safeParse({ ...ok, note: "x".repeat(1_000) }).success).toBe(true);
  });
});

describe("partner and self-scores", () => {
  it("mark gaps of 2 or more, as the mentor view does", () => {
    expect(scoreGaps(["execution", "data"], { execution: 4, data: 3 }, { execution: 2, data: 4 })).toEqual([
      { area: "execution", self: 4, partner: 2, difference: -2, marked: true },
      { area: "data", self: 3, partner: 4, difference: 1, marked: false },
    ]);
    expect(scoreGaps(["data"], {}, { data: 4 })).toEqual([{ area: "data", self: null, partner: 4, difference: null, marked: false }]);
  });

  it("say so when partners differ by 2 or more the same way over at least two mocks", () => {
    const lower = { self: { execution: 5 }, partner: { execution: 3 } };
    const higher = { self: { execution: 2 }, partner: { execution: 4 } };
    expect(mockDisagreements([lower], null)).toEqual([]);
    expect(mockDisagreements([lower, lower], null)).toEqual([{ area: "execution", direction: "lower", mocks: 2 }]);
    // Opposite directions don't add up.
    expect(mockDisagreements([lower, higher], null)).toEqual([]);
    expect(mockDisagreements([higher, higher, lower], null)).toEqual([{ area: "execution", direction: "higher", mocks: 2 }]);
  });

  it("fall back to the latest self-rating for an area the person did not self-score", () => {
    const mocks = [
      { self: {}, partner: { data: 1 } },
      { self: {}, partner: { data: 1 } },
    ];
    expect(mockDisagreements(mocks, { data: 3 })).toEqual([{ area: "data", direction: "lower", mocks: 2 }]);
    expect(mockDisagreements(mocks, null)).toEqual([]);
  });
});
