/** Every lexicon phrase has a test: it matches its own example sentence, in its own area, word-bounded. */
import { describe, expect, it } from "vitest";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { LEXICON, LEXICON_VERSION, matchPhrases } from "@/domain/job-description";

describe("the job-description lexicon", () => {
  it("is versioned, with unique ids and patterns, positive weights and known areas", () => {
    expect(LEXICON_VERSION).toBeGreaterThanOrEqual(1);
    expect(new Set(LEXICON.map((p) => p.id)).size).toBe(LEXICON.length);
    expect(new Set(LEXICON.map((p) => `${p.area} ${p.pattern}`)).size).toBe(LEXICON.length);
    for (const phrase of LEXICON) {
      expect(SKILL_AREAS).toContain(phrase.area);
      expect(phrase.weight).toBeGreaterThan(0);
      expect(phrase.weight).toBeLessThanOrEqual(1);
      expect(phrase.pattern).toMatch(/^[a-z0-9&/ *]+$/);
    }
  });

  it("covers every skill area", () => {
    for (const area of SKILL_AREAS) expect(LEXICON.some((p) => p.area === area)).toBe(true);
  });

  it.each(LEXICON.map((phrase) => [phrase.id, phrase] as const))("%s matches its example in its area", (_id, phrase) => {
    const matches = matchPhrases(phrase.example);
    const mine = matches.find((m) => m.area === phrase.area);
    expect(mine, `${phrase.pattern} in "${phrase.example}"`).toBeDefined();
    expect(phrase.example.slice(mine!.start, mine!.end)).toBe(mine!.text);
    // Upper case reads the same.
    expect(matchPhrases(phrase.example.toUpperCase()).some((m) => m.area === phrase.area)).toBe(true);
  });

  it("matches whole words only, and the longest phrase where two overlap", () => {
    expect(matchPhrases("We value our apiary and a reliable craft.").map((m) => m.phraseId)).toEqual([]);
    expect(matchPhrases("Experience in B2B SaaS").map((m) => m.phraseId)).toEqual(["business.b2b-saas"]);
    expect(matchPhrases("Run A/B tests and a-b testing").map((m) => m.text)).toEqual(["A/B tests", "a-b testing"]);
    expect(matchPhrases("Own the roadmapping").map((m) => m.text)).toEqual(["roadmapping"]);
  });
});
