// Issue 13 §6, a mentor's view and calibration: what a share link shows by the owner's choice, the mentor's
// blind rating (validated, rate-limited, capped per link, closed by revoking), and the owner's comparison.
import { beforeEach, describe, expect, it } from "vitest";
import { comeFrom, signInAs } from "../support/session";
import { MAX_RATINGS_PER_LINK } from "@/domain/mentor";
import { buildAccountExport } from "@/server/account/export";
import { createShareLinkAction, revokeShareLinkAction } from "@/server/sharing/actions";
import { listMentorRatings } from "@/server/sharing/mentor";
import { deleteMentorRatingAction, rateSharedPlanAction } from "@/server/sharing/mentor-actions";
import { findSharedPlan } from "@/server/sharing/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { SAMPLE_INPUT, seedPlan } from "../support/seed";
import { seedWorkspace } from "../support/workspace";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let addresses = 0;
/** Each test comes from its own address, so the per-address limit of one test never reaches another. */
function freshAddress(): string {
  const address = `198.51.100.${++addresses}`;
  comeFrom(address);
  return address;
}

async function ownerWithLink(options: Record<string, string> = {}) {
  const owner = await createUser({ name: "Grace Brewster Hopper" });
  await seedPlan(db, owner.id);
  const workspace = await seedWorkspace(owner);
  signInAs(owner);
  const created = await createShareLinkAction(null, form({ label: "Mentor Mo", expiresIn: "30", ...options }));
  if (!created.ok) expect.fail(created.message);
  signInAs(null); // the mentor has no account
  return { owner, workspace, linkId: created.data.id, token: created.data.token };
}

describe(`mentor ratings on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
    freshAddress();
  });

  it("shows only the plan by default; ticked options add counts and story titles, never people or notes", async () => {
    const plain = await ownerWithLink();
    const view = await findSharedPlan(plain.token, new Date());
    expect(view).toMatchObject({ applicationsByStage: null, practiceByType: null, storyTitles: null });
    expect(await db.shareLink.findUniqueOrThrow({ where: { id: plain.linkId } })).toMatchObject({
      includeApplications: false,
      includePractice: false,
      includeStoryTitles: false,
    });

    signInAs(plain.owner);
    const full = await createShareLinkAction(
      null,
      form({ expiresIn: "7", includeApplications: "on", includePractice: "on", includeStoryTitles: "on" }),
    );
    if (!full.ok) expect.fail(full.message);
    const shared = await findSharedPlan(full.data.token, new Date());
    expect(shared?.applicationsByStage?.find((row) => row.stage === "screening")?.count).toBe(1);
    expect(shared?.applicationsByStage?.reduce((sum, row) => sum + row.count, 0)).toBe(1);
    expect(shared?.practiceByType?.find((row) => row.type === "execution")?.count).toBe(1);
    expect(shared?.storyTitles).toEqual(["Churn dashboard"]);
    const visible = JSON.stringify(shared);
    // Seeded by seedWorkspace: a person, their conversation, the company and the story's text.
    for (const secret of ["Pat the PM", "Talked about discovery", "Acme", "Cut churn 5%", "Hopper"]) expect(visible).not.toContain(secret);
    // The owner's self-ratings are nowhere in what the shared page gets.
    expect(visible).not.toMatch(/skills|customer_insight/);
  });

  it("takes a mentor's blind rating and shows it beside the latest self-rating, marking gaps of 2 or more", async () => {
    const { owner, linkId, token } = await ownerWithLink();
    // Self: data 3, technical 5, strategy 2 (SAMPLE_INPUT).
    const sent = await rateSharedPlanAction({
      token,
      ratings: { data: 1, technical: 4, strategy: 4 },
      mentorName: "  Mo\u0007 Mentor ",
      note: "Great engineer;\r\ndata is a gap.",
    });
    expect(sent).toEqual({ ok: true, data: { received: true } });

    const page = await listMentorRatings(owner.id, new Date());
    expect(page.ratings).toHaveLength(1);
    const [rating] = page.ratings;
    expect(rating).toMatchObject({
      mentorName: "Mo Mentor",
      note: "Great engineer;\ndata is a gap.",
      link: { id: linkId, label: "Mentor Mo", status: "active" },
    });
    const row = (area: string) => rating!.comparison.find((r) => r.area === area)!;
    expect(row("data")).toMatchObject({ self: SAMPLE_INPUT.skills.data, mentor: 1, difference: -2, worthTalking: true });
    expect(row("strategy")).toMatchObject({ self: 2, mentor: 4, difference: 2, worthTalking: true });
    expect(row("technical")).toMatchObject({ self: 5, mentor: 4, worthTalking: false });
    expect(row("business")).toMatchObject({ mentor: null, worthTalking: false });

    // Another user sees none of it.
    const stranger = await createUser();
    expect((await listMentorRatings(stranger.id, new Date())).ratings).toEqual([]);
  });

  it("refuses bad input with field errors: no area rated, out-of-range, unknown areas, too long a note", async () => {
    const { token } = await ownerWithLink();
    const cases: [unknown, string][] = [
      [{ token, ratings: {} }, "ratings"],
      [{ token, ratings: { data: 6 } }, "ratings.data"],
      [{ token, ratings: { data: 2.5 } }, "ratings.data"],
      [{ token, ratings: { cooking: 3 } }, "ratings"],
      [{ token, ratings: { data: 3 }, note: "x".repeat(1_001) }, "note"],
      [{ token, ratings: { data: 3 }, mentorName: "y".repeat(61) }, "mentorName"],
      [{ token: "not-a-token", ratings: { data: 3 } }, "token"],
      [{ token, ratings: { data: 3 }, extra: true }, ""],
    ];
    for (const [input, field] of cases) {
      const result = await rateSharedPlanAction(input);
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!result.ok && field)
        expect(
          Object.keys(result.fieldErrors).some((key) => key.startsWith(field)),
          field,
        ).toBe(true);
    }
    expect(await db.mentorRating.count()).toBe(0);
  });

  it("gives unknown, revoked and expired links the same refusal; revoking keeps earlier ratings for the owner", async () => {
    const { owner, linkId, token } = await ownerWithLink();
    expect((await rateSharedPlanAction({ token, ratings: { data: 4 } })).ok).toBe(true);
    const unknown = await rateSharedPlanAction({ token: "A".repeat(43), ratings: { data: 4 } });
    expect(unknown.ok).toBe(false);

    signInAs(owner);
    expect((await revokeShareLinkAction(null, form({ linkId }))).ok).toBe(true);
    signInAs(null);
    expect(await rateSharedPlanAction({ token, ratings: { data: 2 } })).toEqual(unknown);

    signInAs(owner);
    const later = await createShareLinkAction(null, form({ expiresIn: "7" }));
    if (!later.ok) expect.fail(later.message);
    await db.shareLink.update({ where: { id: later.data.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    signInAs(null);
    expect(await rateSharedPlanAction({ token: later.data.token, ratings: { data: 2 } })).toEqual(unknown);

    const page = await listMentorRatings(owner.id, new Date());
    expect(page.ratings.map((r) => [r.link.label, r.link.status])).toEqual([["Mentor Mo", "revoked"]]);
  });

  it(`takes at most ${MAX_RATINGS_PER_LINK} ratings per link`, async () => {
    const { linkId, token } = await ownerWithLink();
    for (let i = 0; i < MAX_RATINGS_PER_LINK; i++) {
      await db.mentorRating.create({
        data: { userId: (await db.shareLink.findUniqueOrThrow({ where: { id: linkId } })).userId, shareLinkId: linkId },
      });
    }
    const refused = await rateSharedPlanAction({ token, ratings: { data: 3 } });
    expect(refused).toMatchObject({ ok: false, code: "QUOTA" });
    expect(await db.mentorRating.count({ where: { shareLinkId: linkId } })).toBe(MAX_RATINGS_PER_LINK);
  });

  it("limits ratings per client address: 10 an hour", async () => {
    const { token } = await ownerWithLink();
    for (let i = 0; i < 10; i++) expect((await rateSharedPlanAction({ token, ratings: { data: 3 } })).ok).toBe(true);
    const limited = await rateSharedPlanAction({ token, ratings: { data: 3 } });
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    freshAddress();
    expect((await rateSharedPlanAction({ token, ratings: { data: 3 } })).ok).toBe(true);
    expect(await db.mentorRating.count()).toBe(11);
  });

  it("lets only the owner delete a rating, and puts ratings in the account export", async () => {
    const { owner, linkId, token } = await ownerWithLink();
    expect((await rateSharedPlanAction({ token, ratings: { leadership: 5 }, mentorName: "Mo", note: "Keep going" })).ok).toBe(true);
    const exported = await buildAccountExport(owner.id, new Date());
    expect(exported?.mentorRatings).toEqual([
      expect.objectContaining({ shareLinkId: linkId, mentorName: "Mo", note: "Keep going", scores: [{ area: "leadership", score: 5 }] }),
    ]);
    const ratingId = exported!.mentorRatings[0]!.id;

    const other = await createUser();
    signInAs(other);
    expect((await deleteMentorRatingAction({ ratingId })).ok).toBe(false);
    signInAs(owner);
    expect(await deleteMentorRatingAction({ ratingId })).toEqual({ ok: true, data: { ratingId } });
    expect(await db.mentorScore.count()).toBe(0);
  });
});
