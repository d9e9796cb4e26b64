import "server-only";
import { db } from "@/server/db";

/**
 * Removes every row that belongs to the user, in one transaction: all of it goes or none of it does.
 * Each table is named explicitly rather than left to ON DELETE CASCADE, so that a model added later without
 * a cascade shows up here (and in tests/integration/account-delete.test.ts) instead of being left behind.
 */
export async function deleteEverythingOf(userId: string): Promise<void> {
  const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  await db.$transaction([
    // Password-guess counters of the account (keys "<limit>:<email>|<address>", src/server/auth/limits.ts).
    db.rateLimit.deleteMany({ where: { key: { contains: `:${email}|` } } }),
    // Pending mail and unused links go with the account: nothing is sent to, or works for, a deleted user.
    db.outboxMessage.deleteMany({ where: { userId } }),
    db.emailToken.deleteMany({ where: { userId } }),
    db.reminder.deleteMany({ where: { userId } }),
    db.mailSettings.deleteMany({ where: { userId } }),
    db.activityEvent.deleteMany({ where: { userId } }),
    db.storyTheme.deleteMany({ where: { story: { userId } } }),
    db.storyArea.deleteMany({ where: { story: { userId } } }),
    db.story.deleteMany({ where: { userId } }),
    db.partnerScore.deleteMany({ where: { mockQuestion: { mockLink: { userId } } } }),
    db.mockQuestion.deleteMany({ where: { mockLink: { userId } } }),
    db.mockLink.deleteMany({ where: { userId } }),
    db.practiceScore.deleteMany({ where: { session: { userId } } }),
    db.practiceSession.deleteMany({ where: { userId } }),
    db.conversation.deleteMany({ where: { person: { userId } } }),
    db.person.deleteMany({ where: { userId } }),
    db.applicationStageChange.deleteMany({ where: { application: { userId } } }),
    db.application.deleteMany({ where: { userId } }),
    db.mentorScore.deleteMany({ where: { rating: { userId } } }),
    db.mentorRating.deleteMany({ where: { userId } }),
    db.shareLink.deleteMany({ where: { userId } }),
    db.planItem.deleteMany({ where: { plan: { userId } } }),
    db.plan.deleteMany({ where: { userId } }),
    db.assessmentDraft.deleteMany({ where: { userId } }),
    db.assessment.deleteMany({ where: { userId } }),
    db.signInEvent.deleteMany({ where: { userId } }),
    db.userSession.deleteMany({ where: { userId } }),
    db.user.delete({ where: { id: userId } }),
  ]);
}
