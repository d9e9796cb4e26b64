import { describe, expect, it } from "vitest";
import { questionById, storiesForQuestion, themeCoverage, THEMES, type StoryTags } from "@/domain/interview";

const stories: StoryTags[] = [
  { id: "a", title: "Shipping the billing rewrite", areas: ["execution"], themes: ["prioritisation"] },
  { id: "b", title: "The churn dashboard", areas: ["data", "communication"], themes: ["data_decision", "influence"] },
  { id: "c", title: "Winning over the ops team", areas: ["leadership", "communication"], themes: ["influence"] },
];

describe("themes × stories coverage", () => {
  it("lists every theme with its stories, flagging none and only one", () => {
    const rows = themeCoverage(stories);
    expect(rows.map((r) => r.theme)).toEqual([...THEMES]);
    const byTheme = Object.fromEntries(rows.map((r) => [r.theme, r]));
    expect(byTheme.influence?.coverage).toBe("covered");
    expect(byTheme.influence?.stories.map((s) => s.id)).toEqual(["b", "c"]);
    expect(byTheme.prioritisation?.coverage).toBe("one");
    expect(byTheme.conflict?.coverage).toBe("none");
  });
});

describe("stories that answer a question", () => {
  it("puts the theme's stories first, then those sharing the most areas, and leaves out the rest", () => {
    const question = questionById("bh-in-3")!; // influence, areas communication + data
    expect(storiesForQuestion(question, stories).map((s) => s.id)).toEqual(["b", "c"]);
    const prioritise = questionById("bh-pr-1")!; // prioritisation, execution + communication
    expect(storiesForQuestion(prioritise, stories).map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(storiesForQuestion(questionById("te-01")!, stories)).toEqual([]);
  });
});
