import { describe, expect, it } from "vitest";
import type { NumberedAssessment } from "@/components/history/assessment-names";
import { pickPair } from "@/components/history/pick-pair";

const assessment = (number: number): NumberedAssessment =>
  ({ id: `a${number}`, number, createdAt: new Date(Date.UTC(2026, 0, number)) }) as NumberedAssessment;
const three = [assessment(1), assessment(2), assessment(3)];
const ids = (pair: ReturnType<typeof pickPair>) => pair && [pair.from.id, pair.to.id];

describe("pickPair", () => {
  it("has nothing to compare with fewer than two assessments", () => {
    expect(pickPair([assessment(1)], undefined, undefined)).toBeNull();
  });

  it("compares the first with the latest by default", () => {
    expect(ids(pickPair(three, undefined, undefined))).toEqual(["a1", "a3"]);
  });

  it("uses the two asked for, the older always first", () => {
    expect(ids(pickPair(three, "a3", "a2"))).toEqual(["a2", "a3"]);
    expect(pickPair(three, "a1", "a2")?.notice).toBeUndefined();
  });

  it("falls back, and says so, for an unknown id (another user's looks the same) or the same id twice", () => {
    expect(pickPair(three, "someone-elses", "a2")).toMatchObject({
      from: { id: "a1" },
      to: { id: "a3" },
      notice: expect.stringMatching(/couldn't find/),
    });
    expect(pickPair(three, "a2", "a2")?.notice).toMatch(/same assessment twice/);
  });

  it("reads the first value of a repeated parameter", () => {
    expect(ids(pickPair(three, ["a2", "a1"], "a3"))).toEqual(["a2", "a3"]);
  });
});
