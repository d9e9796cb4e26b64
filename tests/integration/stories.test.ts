import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { MAX_STORIES, STORY_LIMIT_MESSAGE, storiesToMarkdown, storyGaps } from "@/domain/story";
import { buildAccountExport } from "@/server/account/export";
import { createStoryAction, deleteStoryAction, updateStoryAction } from "@/server/story/actions";
import { listStories } from "@/server/story/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

describe(`story bank on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("writes, edits and deletes a STAR story tagged with skill areas; flags gaps without one", async () => {
    const user = await createUser();
    signInAs(user);
    const { story } = dataOf(
      await createStoryAction({
        title: "Churn dashboard",
        situation: "Churn rising",
        task: "Find why",
        action: "Built a cohort view",
        result: "Cut churn 5%",
        areas: ["data", "execution"],
      }),
    );
    expect(story.areas.sort()).toEqual(["data", "execution"]);
    expect(storyGaps(["data", "strategy", "business"], await listStories(user.id))).toEqual(["strategy", "business"]);

    const edited = dataOf(await updateStoryAction({ storyId: story.id, version: 1, title: "Churn, again", areas: ["strategy"] })).story;
    expect(edited).toMatchObject({ title: "Churn, again", areas: ["strategy"], situation: "", version: 2 });
    const stale = await updateStoryAction({ storyId: story.id, version: 1, title: "Old", areas: ["data"] });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });

    const exported = await buildAccountExport(user.id, new Date());
    expect(exported?.stories[0]).toMatchObject({ title: "Churn, again", areas: [{ area: "strategy" }] });
    expect(storiesToMarkdown(await listStories(user.id))).toContain("## Appendix: story bank");

    dataOf(await deleteStoryAction({ storyId: story.id }));
    expect(await db.storyArea.count()).toBe(0);
  });

  it("refuses a story without a skill area, or with one twice, changing nothing", async () => {
    const user = await createUser();
    signInAs(user);
    const before = await databaseSnapshot();
    expect(await createStoryAction({ title: "T", areas: [] })).toMatchObject({ ok: false, fieldErrors: { areas: [expect.any(String)] } });
    expect(await createStoryAction({ title: "T", areas: ["data", "data"] })).toMatchObject({
      ok: false,
      fieldErrors: { areas: ["Each skill area once"] },
    });
    expect(await databaseSnapshot()).toBe(before);
  });

  it(`stops at ${MAX_STORIES} stories with a clear message`, async () => {
    const user = await createUser();
    signInAs(user);
    await db.story.createMany({ data: Array.from({ length: MAX_STORIES }, (_, i) => ({ userId: user.id, title: `S${i}` })) });
    expect(await createStoryAction({ title: "One more", areas: ["data"] })).toMatchObject({
      ok: false,
      code: "QUOTA",
      message: STORY_LIMIT_MESSAGE,
    });
  });
});
