// Workspace rows for a signed-in test user, made through the real actions: one in every workspace table.
import { expect } from "vitest";
import { createApplicationAction, moveApplicationAction, saveJobDescriptionAction } from "@/server/application/actions";
import { createPersonAction, logConversationAction } from "@/server/person/actions";
import { createMockLinkAction, scoreMockAction } from "@/server/interview/mock-actions";
import { logPracticeAction } from "@/server/practice/actions";
import { saveBulletsAction } from "@/server/resume/actions";
import { createStoryAction } from "@/server/story/actions";
import { db } from "./db";
import { signInAs } from "./session";

export interface WorkspaceIds {
  applicationId: string;
  personId: string;
  conversationId: string;
  practiceId: string;
  storyId: string;
  mockLinkId: string;
}

export async function seedWorkspace(user: { id: string; name: string; email: string }): Promise<WorkspaceIds> {
  signInAs(user);
  const created = await createApplicationAction({ company: "Acme", roleTitle: "Associate PM", kind: "associate_pm", stage: "applied" });
  if (!created.ok) expect.fail(created.message);
  const moved = await moveApplicationAction({ applicationId: created.data.application.id, version: 1, stage: "screening" });
  if (!moved.ok) expect.fail(moved.message);
  const applicationId = created.data.application.id;
  const person = await createPersonAction({ name: "Pat the PM", howMet: "lunch", applicationId });
  if (!person.ok) expect.fail(person.message);
  const personId = person.data.person.id;
  const logged = await logConversationAction({ personId, heldOn: "2026-03-01", notes: "Talked about discovery" });
  if (!logged.ok) expect.fail(logged.message);
  const practice = await logPracticeAction({
    type: "execution",
    heldOn: "2026-03-02",
    withWhom: "peer",
    scores: { execution: 3, data: 2 },
  });
  if (!practice.ok) expect.fail(practice.message);
  const story = await createStoryAction({
    title: "Churn dashboard",
    result: "Cut churn 5%",
    areas: ["data"],
    themes: ["data_decision", "influence"],
    applicationId,
    practiceSessionId: practice.data.sessionId,
  });
  if (!story.ok) expect.fail(story.message);
  const described = await saveJobDescriptionAction({
    applicationId,
    version: 2,
    jobDescription: "Associate PM\nRequirements\n- SQL and dashboards\n- Stakeholder communication",
    whyCompany: "I use their app every day",
  });
  if (!described.ok) expect.fail(described.message);
  const bullets = await saveBulletsAction({
    applicationId,
    bulletsVersion: 1,
    bullets: [{ storyId: story.data.story.id, text: "Cut churn 5%" }],
  });
  if (!bullets.ok) expect.fail(bullets.message);
  // A mock link needs a confirmed address, like every capability link; a partner (signed out) scores it.
  await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
  const mock = await createMockLinkAction({ questionIds: ["an-01"], label: "Sam" });
  if (!mock.ok) expect.fail(mock.message);
  signInAs(null);
  const scored = await scoreMockAction({ token: mock.data.token, questionId: "an-01", scores: { data: 4 }, partnerName: "Sam" });
  if (!scored.ok) expect.fail(scored.message);
  signInAs(user);
  return {
    applicationId,
    personId,
    conversationId: logged.data.person.conversations[0]!.id,
    practiceId: practice.data.sessionId,
    storyId: story.data.story.id,
    mockLinkId: mock.data.id,
  };
}
