import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { buildAccountExport } from "@/server/account/export";
import { createApplicationAction, saveJobDescriptionAction } from "@/server/application/actions";
import { findApplication } from "@/server/application/queries";
import { saveBulletsAction } from "@/server/resume/actions";
import { listBullets, profileEvidence } from "@/server/resume/queries";
import { createStoryAction, updateStoryAction } from "@/server/story/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

async function withApplication() {
  const user = await createUser();
  signInAs(user);
  const { application } = dataOf(await createApplicationAction({ company: "Acme", roleTitle: "Product Manager", kind: "pm" }));
  return { user, application };
}

describe(`job descriptions and tailored bullets on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("keeps the pasted description with control characters stripped, and a why-this-company note", async () => {
    const { user, application } = await withApplication();
    const saved = dataOf(
      await saveJobDescriptionAction({
        applicationId: application.id,
        version: 1,
        jobDescription: "Product Manager\r\nRequirements\u0007\n- SQL",
        whyCompany: "I use it daily",
      }),
    ).application;
    expect(saved).toMatchObject({ jobDescription: "Product Manager\nRequirements\n- SQL", whyCompany: "I use it daily", version: 2 });
    expect((await findApplication(user.id, application.id))?.jobDescription).toBe(saved.jobDescription);
  });

  it("refuses a description over 20,000 characters with a field message, changing nothing", async () => {
    const { application } = await withApplication();
    const before = await databaseSnapshot();
    const result = await saveJobDescriptionAction({ applicationId: application.id, version: 1, jobDescription: "x".repeat(20_001) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.jobDescription?.[0]).toMatch(/20,000 characters/);
    const tooLongWhy = await saveJobDescriptionAction({ applicationId: application.id, version: 1, whyCompany: "y".repeat(1_001) });
    if (!tooLongWhy.ok) expect(tooLongWhy.fieldErrors.whyCompany?.[0]).toMatch(/1,000 characters/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("saves edited bullets under a version guard and offers to regenerate when the story changes", async () => {
    const { user, application } = await withApplication();
    const { story } = dataOf(await createStoryAction({ title: "Tickets", action: "Grouped 1,200 tickets", areas: ["customer_insight"] }));
    const first = dataOf(
      await saveBulletsAction({
        applicationId: application.id,
        bulletsVersion: 1,
        bullets: [{ storyId: story.id, text: "Grouped 1,200 tickets" }],
      }),
    );
    expect(first.bulletsVersion).toBe(2);
    expect(first.bullets.map((b) => [b.text, b.storyChanged])).toEqual([["Grouped 1,200 tickets", false]]);

    const stale = await saveBulletsAction({ applicationId: application.id, bulletsVersion: 1, bullets: [] });
    expect(stale).toMatchObject({ ok: false, code: "STALE", details: { bulletsVersion: 2 } });
    expect(await listBullets(user.id, application.id)).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 5)); // updatedAt has millisecond resolution
    dataOf(
      await updateStoryAction({
        storyId: story.id,
        version: story.version,
        title: "Tickets",
        action: "Grouped 1,300 tickets",
        areas: ["data"],
      }),
    );
    expect((await listBullets(user.id, application.id))[0]?.storyChanged).toBe(true);
  });

  it("refuses another user's story in a bullet, and includes the fields and bullets in the export", async () => {
    const other = await createUser({ name: "Other" });
    signInAs(other);
    const { story: theirs } = dataOf(await createStoryAction({ title: "Theirs", areas: ["data"] }));
    const { user, application } = await withApplication();
    const before = await databaseSnapshot();
    const refused = await saveBulletsAction({
      applicationId: application.id,
      bulletsVersion: 1,
      bullets: [{ storyId: theirs.id, text: "x" }],
    });
    expect(refused.ok).toBe(false);
    expect(await databaseSnapshot()).toEqual(before);

    dataOf(
      await saveJobDescriptionAction({ applicationId: application.id, version: 1, jobDescription: "PM\n- SQL", whyCompany: "Mission" }),
    );
    dataOf(
      await saveBulletsAction({ applicationId: application.id, bulletsVersion: 1, bullets: [{ storyId: null, text: "Ran a pilot" }] }),
    );
    const exported = await buildAccountExport(user.id, new Date());
    expect(exported?.applications[0]).toMatchObject({
      jobDescription: "PM\n- SQL",
      whyCompany: "Mission",
      bullets: [{ text: "Ran a pilot", position: 0 }],
    });
    await db.user.delete({ where: { id: other.id } });
  });

  it("reads the profile evidence: ratings and targets, stories and practice areas", async () => {
    const { user } = await withApplication();
    const empty = await profileEvidence(user.id);
    expect(empty).toMatchObject({ ratings: null, stories: [], practice: [], pathLevel: null, yearsExperience: null });
  });
});
