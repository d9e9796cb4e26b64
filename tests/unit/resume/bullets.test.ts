import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeJobDescription } from "@/domain/job-description";
import {
  bulletFromStory,
  bulletsToPlainText,
  hasNumber,
  saveBulletsSchema,
  storiesForTopAreas,
  tailorBullets,
  tailoredMarkdown,
  type BulletStory,
} from "@/domain/resume";

const support: BulletStory = {
  id: "s1",
  title: "Ticket themes",
  situation: "Our churn was rising and nobody knew why.",
  task: "Find out why customers were leaving.",
  action: "I grouped 1,200 support tickets by cause and took the top three to the product team.",
  result: "Two fixes went onto the roadmap.",
  areas: ["customer_insight", "communication"],
};

const noNumber: BulletStory = {
  id: "s2",
  title: "Release checklist",
  situation: "",
  task: "",
  action: "We wrote a release checklist with QA and support.",
  result: "Fewer surprises at launch.",
  areas: ["execution"],
};

describe("evidence-bound bullets", () => {
  it("builds a PM-framed bullet from the story's own words", () => {
    const bullet = bulletFromStory(support);
    expect(bullet.text).toBe(
      "Grouped 1,200 support tickets by cause and took the top three to the product team to find out why customers were leaving, resulting in: two fixes went onto the roadmap",
    );
    expect(bullet.hasMetric).toBe(true);
    expect(bullet.storyId).toBe("s1");
  });

  it("flags a story with no number and never invents one", () => {
    const bullet = bulletFromStory(noNumber);
    expect(bullet.hasMetric).toBe(false);
    expect(bullet.text).not.toMatch(/\d/);
  });

  it("uses the area's lead verb when the story has no action", () => {
    expect(bulletFromStory({ ...noNumber, action: "", result: "" }).text).toBe("Delivered release checklist");
  });

  it("counts digits, percentages, currency and number words as a number", () => {
    for (const text of ["cut by 30", "up 5%", "saved €2k", "two fixes", "doubled sign-ups"]) expect(hasNumber(text)).toBe(true);
    for (const text of ["fewer surprises", "happier users", ""]) expect(hasNumber(text)).toBe(false);
  });

  it("never puts a digit in a bullet that its story did not have", () => {
    const text = fc.string({ maxLength: 200 }).filter((s) => !/\d/.test(s));
    fc.assert(
      fc.property(text, text, text, text, (title, task, action, result) => {
        const bullet = bulletFromStory({ id: "x", title, situation: "", task, action, result, areas: ["data"] });
        expect(bullet.text).not.toMatch(/\d/);
        expect(bullet.text.length).toBeLessThanOrEqual(400);
      }),
    );
  });
});

describe("tailoring for a job", () => {
  const job = analyzeJobDescription(
    "Product Manager\nRequirements\n- Run user interviews and turn customer feedback into insight\n- Strong stakeholder communication\n- Write SQL and read A/B tests\nNice to have\n- Jira",
  );

  it("orders bullets by the job's area weights and names the requirement each answers", () => {
    const tailored = tailorBullets([bulletFromStory(noNumber), bulletFromStory(support)], job);
    expect(tailored.bullets.map((b) => b.storyId)).toEqual(["s1", "s2"]);
    expect(tailored.bullets[0]!.answers).toBe("Run user interviews and turn customer feedback into insight");
    expect(tailored.uncoveredMustHaves).toEqual(["Write SQL and read A/B tests"]);
  });

  it("copies as plain text and exports Markdown with a cover-letter outline in the person's words", () => {
    const bullets = [bulletFromStory(support)];
    expect(bulletsToPlainText(bullets)).toMatch(/^• Grouped 1,200/);
    const markdown = tailoredMarkdown(bullets, {
      company: "Acme",
      roleTitle: "Product Manager",
      whyCompany: "I use Acme every day.",
      topAreas: job.topAreas,
      stories: [support, noNumber],
    });
    expect(markdown).toContain("# Product Manager at Acme");
    expect(markdown).toContain("- Grouped 1,200 support tickets");
    expect(markdown).toContain("I use Acme every day");
    expect(markdown).toContain("- Ticket themes (Customer insight & user research)");
  });

  it("picks at most three stories, one per top area", () => {
    const stories = [
      support,
      noNumber,
      { ...noNumber, id: "s3", areas: ["data" as const] },
      { ...noNumber, id: "s4", areas: ["data" as const] },
    ];
    expect(storiesForTopAreas(stories, ["data", "customer_insight", "execution", "communication"]).map((s) => s.id)).toEqual([
      "s3",
      "s1",
      "s2",
    ]);
  });

  it("validates saved bullets with field errors", () => {
    expect(saveBulletsSchema.safeParse({ applicationId: "a", bulletsVersion: 1, bullets: [{ storyId: "s1", text: " ok " }] }).success).toBe(
      true,
    );
    const bad = saveBulletsSchema.safeParse({ applicationId: "a", bulletsVersion: 1, bullets: [{ text: "x".repeat(401) }] });
    expect(bad.success).toBe(false);
  });
});
