// A comparable picture of the whole database: every row of every table, sorted. Used to prove that an
// action refused its input (or another user's id) and changed nothing.
import { db } from "./db";

export async function databaseSnapshot(): Promise<string> {
  const tables = {
    user: await db.user.findMany({ orderBy: { id: "asc" } }),
    signInEvent: await db.signInEvent.findMany({ orderBy: { id: "asc" } }),
    assessment: await db.assessment.findMany({ orderBy: { id: "asc" } }),
    assessmentDraft: await db.assessmentDraft.findMany({ orderBy: { userId: "asc" } }),
    plan: await db.plan.findMany({ orderBy: { id: "asc" } }),
    planItem: await db.planItem.findMany({ orderBy: { id: "asc" } }),
    activityEvent: await db.activityEvent.findMany({ orderBy: { id: "asc" } }),
    shareLink: await db.shareLink.findMany({ orderBy: { id: "asc" } }),
    mentorRating: await db.mentorRating.findMany({ orderBy: { id: "asc" } }),
    mentorScore: await db.mentorScore.findMany({ orderBy: { id: "asc" } }),
    application: await db.application.findMany({ orderBy: { id: "asc" } }),
    applicationStageChange: await db.applicationStageChange.findMany({ orderBy: { id: "asc" } }),
    person: await db.person.findMany({ orderBy: { id: "asc" } }),
    conversation: await db.conversation.findMany({ orderBy: { id: "asc" } }),
    practiceSession: await db.practiceSession.findMany({ orderBy: { id: "asc" } }),
    practiceScore: await db.practiceScore.findMany({ orderBy: { id: "asc" } }),
    story: await db.story.findMany({ orderBy: { id: "asc" } }),
    storyArea: await db.storyArea.findMany({ orderBy: { id: "asc" } }),
    storyTheme: await db.storyTheme.findMany({ orderBy: { id: "asc" } }),
    mockLink: await db.mockLink.findMany({ orderBy: { id: "asc" } }),
    mockQuestion: await db.mockQuestion.findMany({ orderBy: { id: "asc" } }),
    partnerScore: await db.partnerScore.findMany({ orderBy: { id: "asc" } }),
    emailToken: await db.emailToken.findMany({ orderBy: { id: "asc" } }),
    outboxMessage: await db.outboxMessage.findMany({ orderBy: { id: "asc" } }),
    mailSettings: await db.mailSettings.findMany({ orderBy: { userId: "asc" } }),
    reminder: await db.reminder.findMany({ orderBy: { id: "asc" } }),
  };
  return JSON.stringify(tables);
}
