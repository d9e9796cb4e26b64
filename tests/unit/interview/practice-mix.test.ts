import { describe, expect, it } from "vitest";
import { questionsByTypeOverTime } from "@/domain/practice";

describe("bank questions by type over time", () => {
  it("counts practised bank questions per month and type, oldest first, leaving out sessions without a question", () => {
    const rows = questionsByTypeOverTime([
      { type: "behavioural", heldOn: "2026-04-02", questionId: "bh-co-1" },
      { type: "execution", heldOn: "2026-03-30", questionId: "ex-01" },
      { type: "behavioural", heldOn: "2026-04-20", questionId: "bh-fa-1" },
      { type: "strategy", heldOn: "2026-04-21", questionId: null },
    ]);
    expect(rows.map((r) => r.month)).toEqual(["2026-03", "2026-04"]);
    expect(rows[0]?.counts.execution).toBe(1);
    expect(rows[1]?.counts).toMatchObject({ behavioural: 2, strategy: 0, execution: 0 });
  });
});
