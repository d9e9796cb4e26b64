// Isolation: every server action that takes an id or token, called by a second user with the first
// user's ids, behaves exactly as it does for an id that does not exist, and changes nothing.
// The tables are checked against the actions found in the code: a new action must be listed.
import { signInAs } from "../support/session";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreAssessment, type AssessmentInput } from "@/domain/assessment";
import { assessmentRow } from "@/server/assessment/rows";
import { createPlanFor } from "@/server/plan/rows";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { discoverServerActions, type DiscoveredAction } from "../support/server-actions";
import { databaseSnapshot } from "../support/snapshot";
import { seedWorkspace } from "../support/workspace";

interface OwnerIds {
  assessmentId: string;
  itemId: string;
  secondItemId: string;
  customItemId: string;
  archivedItemId: string;
  shareLinkId: string;
  applicationId: string;
  personId: string;
  conversationId: string;
  planItemId: string;
  practiceId: string;
  storyId: string;
  mentorRatingId: string;
  mockLinkId: string;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/**
 * Actions that take another record's id: how to call each with a given set of ids. An action that takes
 * several ids has one row per id, its key suffixed with "#<which>".
 */
const TAKES_AN_ID: Record<string, (ids: OwnerIds) => unknown[]> = {
  "src/server/plan/actions.ts#createPlanAction": (ids) => [{ assessmentId: ids.assessmentId }],
  "src/server/plan/actions.ts#setItemStatusAction": (ids) => [{ itemId: ids.itemId, status: "done", version: 1 }],
  "src/server/plan/actions.ts#updateItemNoteAction": (ids) => [{ itemId: ids.itemId, note: "mine now", version: 1 }],
  "src/server/plan/actions.ts#editCustomItemAction": (ids) => [{ itemId: ids.customItemId, title: "Taken over", detail: "", version: 1 }],
  "src/server/plan/actions.ts#deleteCustomItemAction": (ids) => [{ itemId: ids.customItemId }],
  "src/server/plan/actions.ts#moveItemAction": (ids) => [{ itemId: ids.secondItemId, direction: "up" }],
  "src/server/plan/actions.ts#buildPlanFormAction": (ids) => [null, form({ assessmentId: ids.assessmentId })],
  "src/server/plan/actions.ts#applyPlanUpdateAction": (ids) => [{ assessmentId: ids.assessmentId, path: "startup" }],
  "src/server/plan/actions.ts#restoreItemAction": (ids) => [{ itemId: ids.archivedItemId }],
  "src/server/plan/item-details.ts#planItemDetailsAction": (ids) => [{ itemId: ids.itemId }],
  "src/server/sharing/actions.ts#revokeShareLinkAction": (ids) => [null, form({ linkId: ids.shareLinkId })],
  "src/server/application/actions.ts#updateApplicationAction": (ids) => [
    { applicationId: ids.applicationId, version: 2, company: "Taken", roleTitle: "PM", kind: "pm" },
  ],
  "src/server/application/actions.ts#moveApplicationAction": (ids) => [{ applicationId: ids.applicationId, version: 2, stage: "offer" }],
  "src/server/application/actions.ts#saveHandleNoAction": (ids) => [
    { applicationId: ids.applicationId, version: 2, lesson: "x", feedbackFrom: "y" },
  ],
  "src/server/application/actions.ts#snoozeFollowUpAction": (ids) => [{ applicationId: ids.applicationId, version: 2, days: 7 }],
  "src/server/application/actions.ts#deleteApplicationAction": (ids) => [{ applicationId: ids.applicationId }],
  "src/server/application/actions.ts#saveJobDescriptionAction": (ids) => [
    { applicationId: ids.applicationId, version: 3, jobDescription: "Taken over", whyCompany: "" },
  ],
  "src/server/resume/actions.ts#saveBulletsAction": (ids) => [
    { applicationId: ids.applicationId, bulletsVersion: 2, bullets: [{ storyId: null, text: "Taken over" }] },
  ],
  "src/server/person/actions.ts#createPersonAction#referral": (ids) => [{ name: "Spy", howMet: "event", applicationId: ids.applicationId }],
  "src/server/person/actions.ts#createPersonAction#step": (ids) => [{ name: "Spy", howMet: "event", planItemId: ids.planItemId }],
  "src/server/person/actions.ts#updatePersonAction": (ids) => [{ personId: ids.personId, version: 2, name: "Taken", howMet: "event" }],
  "src/server/person/actions.ts#deletePersonAction": (ids) => [{ personId: ids.personId }],
  "src/server/person/actions.ts#logConversationAction": (ids) => [{ personId: ids.personId, heldOn: "2026-03-02" }],
  "src/server/person/actions.ts#deleteConversationAction": (ids) => [{ conversationId: ids.conversationId }],
  "src/server/practice/actions.ts#deletePracticeAction": (ids) => [{ sessionId: ids.practiceId }],
  "src/server/practice/actions.ts#updatePracticeAction": (ids) => [
    { sessionId: ids.practiceId, version: 1, type: "technical", heldOn: "2026-03-03", withWhom: "self", scores: { technical: 5 } },
  ],
  "src/server/story/actions.ts#createStoryAction#application": (ids) => [
    { title: "Spy", areas: ["data"], applicationId: ids.applicationId },
  ],
  "src/server/story/actions.ts#createStoryAction#practice": (ids) => [{ title: "Spy", areas: ["data"], practiceSessionId: ids.practiceId }],
  "src/server/story/actions.ts#updateStoryAction": (ids) => [{ storyId: ids.storyId, version: 1, title: "Taken", areas: ["data"] }],
  "src/server/story/actions.ts#deleteStoryAction": (ids) => [{ storyId: ids.storyId }],
  "src/server/sharing/mentor-actions.ts#deleteMentorRatingAction": (ids) => [{ ratingId: ids.mentorRatingId }],
  "src/server/interview/mock-actions.ts#revokeMockLinkAction": (ids) => [{ linkId: ids.mockLinkId }],
  "src/server/reminder/actions.ts#setReminderAction": (ids) => [{ itemId: ids.itemId, remindOn: "2099-01-01" }],
  "src/server/reminder/actions.ts#snoozeReminderAction": (ids) => [{ itemId: ids.itemId, days: 7 }],
  "src/server/reminder/actions.ts#clearReminderAction": (ids) => [{ itemId: ids.itemId }],
};

/** Actions that only ever act on the caller's own records, and why no id of another user can reach them. */
const OWN_RECORDS_ONLY: Record<string, string> = {
  "src/server/plan/actions.ts#addCustomItemAction": "adds to the caller's active plan, found by the caller's id",
  "src/server/plan/actions.ts#reloadPlanAction": "reads the caller's active plan",
  "src/server/assessment/actions.ts#saveAssessmentAction": "creates a new assessment for the caller",
  "src/server/assessment/actions.ts#saveDraftAction": "upserts the caller's own draft, keyed by the caller's id",
  "src/server/assessment/actions.ts#discardDraftAction": "deletes the caller's own draft",
  "src/server/sharing/actions.ts#createShareLinkAction": "shares the caller's active plan",
  "src/server/account/actions.ts#changeNameAction": "changes the caller's profile",
  "src/server/account/actions.ts#changeEmailAction": "changes the caller's profile (current password required)",
  "src/server/account/actions.ts#changePasswordAction": "changes the caller's password (current password required)",
  "src/server/account/actions.ts#signOutEverywhereAction": "ends the caller's sessions",
  "src/server/account/actions.ts#deleteAccountAction": "deletes the caller's account (password and confirmation required)",
  "src/server/auth/actions.ts#signUpAction": "creates a new account",
  "src/server/auth/actions.ts#signInAction": "email and password, no id",
  "src/server/auth/actions.ts#signOutAction": "ends the current session",
  "src/server/application/actions.ts#createApplicationAction": "adds an application to the caller's own list",
  "src/server/practice/actions.ts#logPracticeAction": "logs a session for the caller",
  "src/server/account/actions.ts#setTimeZoneAction": "sets the caller's own time zone",
  "src/server/sharing/mentor-actions.ts#markFeedbackSeenAction": "moves the caller's own feedback-seen mark",
  "src/server/auth/recovery-actions.ts#requestPasswordResetAction": "an email address, no id; the same answer for every address",
  "src/server/auth/recovery-actions.ts#resetPasswordAction":
    "a 256-bit emailed token, not an id: unknown, used and expired tokens are tested in tests/integration/mail-accounts.test.ts",
  "src/server/auth/recovery-actions.ts#resendVerificationAction": "re-sends the caller's own confirmation link",
  "src/server/mail/actions.ts#updateMailSettingsAction": "changes the caller's own email choices",
  "src/server/interview/mock-actions.ts#createMockLinkAction": "creates a link to bank questions for the caller's own practice",
  "src/server/interview/mock-actions.ts#scoreMockAction":
    "a 256-bit mock token, not an id (no sign-in): unknown, revoked, expired and scored tokens are tested in tests/integration/mock-links.test.ts",
  "src/server/sharing/mentor-actions.ts#rateSharedPlanAction":
    "a 256-bit share token, not an id (no sign-in): unknown, revoked and expired tokens are tested in tests/integration/mentor-ratings.test.ts",
};

/** "file#action#variant" → "file#action". */
const actionKey = (key: string) => key.split("#").slice(0, 2).join("#");

const MISSING: OwnerIds = {
  assessmentId: "c000000000000000000000000",
  itemId: "c000000000000000000000001",
  secondItemId: "c000000000000000000000002",
  customItemId: "c000000000000000000000003",
  archivedItemId: "c000000000000000000000004",
  shareLinkId: "c000000000000000000000005",
  applicationId: "c000000000000000000000006",
  personId: "c000000000000000000000007",
  conversationId: "c000000000000000000000008",
  planItemId: "c000000000000000000000009",
  practiceId: "c000000000000000000000010",
  storyId: "c000000000000000000000011",
  mentorRatingId: "c000000000000000000000012",
  mockLinkId: "c000000000000000000000013",
};

const input: AssessmentInput = {
  currentRole: "consultant",
  yearsExperience: 7,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 2,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 3, customer_insight: 3, data: 2, technical: 2, execution: 4, communication: 4, leadership: 3, business: 4 },
};

async function seedOwner(): Promise<{ ids: OwnerIds; user: Awaited<ReturnType<typeof createUser>> }> {
  const user = await createUser();
  const result = scoreAssessment(input);
  const assessment = await db.assessment.create({
    data: assessmentRow(user.id, input, result),
  });
  const { plan } = await createPlanFor(db, user.id, assessment);
  const items = await db.planItem.findMany({ where: { planId: plan.id, phase: 1 }, orderBy: { position: "asc" } });
  const custom = await db.planItem.create({
    data: { planId: plan.id, title: "My own step", category: "experience", phase: 2, position: 99, custom: true },
  });
  const archived = await db.planItem.update({ where: { id: items[2]!.id }, data: { archivedAt: new Date() } });
  const link = await db.shareLink.create({ data: { userId: user.id, planId: plan.id, tokenHash: `hash-${user.id}` } });
  const workspace = await seedWorkspace(user);
  const rating = await db.mentorRating.create({
    data: { userId: user.id, shareLinkId: link.id, mentorName: "Mo", scores: { create: [{ area: "data", score: 4 }] } },
  });
  await db.reminder.create({
    data: { userId: user.id, kind: "plan-item", targetId: items[0]!.id, remindAt: new Date(Date.now() + 86_400_000) },
  });
  return {
    user,
    ids: {
      assessmentId: assessment.id,
      itemId: items[0]!.id,
      secondItemId: items[1]!.id,
      customItemId: custom.id,
      archivedItemId: archived.id,
      shareLinkId: link.id,
      ...workspace,
      planItemId: items[0]!.id,
      mentorRatingId: rating.id,
    },
  };
}

describe(`isolation between users on ${testDbProvider}`, () => {
  let actions: DiscoveredAction[];
  let owner: OwnerIds;

  beforeAll(async () => {
    await resetDatabase();
    owner = (await seedOwner()).ids;
    // The intruder has data of their own, so "not found" cannot come from an empty account.
    const intruder = await seedOwner();
    signInAs(intruder.user);
    actions = await discoverServerActions();
  });

  it("lists every server action in exactly one table", () => {
    const found = actions.map((a) => a.key);
    const listed = [...new Set([...Object.keys(TAKES_AN_ID).map(actionKey), ...Object.keys(OWN_RECORDS_ONLY)])];
    expect(
      found.filter((key) => !listed.includes(key)),
      "actions missing from the isolation tables",
    ).toEqual([]);
    expect(
      listed.filter((key) => !found.includes(key)),
      "tables name actions that no longer exist",
    ).toEqual([]);
  });

  it.each(Object.keys(TAKES_AN_ID))("%s: another user's id behaves as a missing id and changes nothing", async (key) => {
    const action = actions.find((a) => a.key === actionKey(key))!;
    const before = await databaseSnapshot();
    const withOwnersIds = (await action.fn(...TAKES_AN_ID[key]!(owner))) as { ok: boolean };
    const withMissingIds = (await action.fn(...TAKES_AN_ID[key]!(MISSING))) as { ok: boolean };
    expect(withOwnersIds.ok).toBe(false);
    expect(withOwnersIds).toEqual(withMissingIds);
    expect(await databaseSnapshot()).toBe(before);
  });
});
