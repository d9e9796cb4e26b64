import "server-only";
import { emailKey } from "@/server/auth/limits";
import { currentDbProvider, db } from "@/server/db";

/**
 * Removes every row that belongs to the user, in one transaction: all of it goes or none of it does.
 * Each table is named explicitly rather than left to ON DELETE CASCADE, so that a model added later without
 * a cascade shows up here (and in tests/integration/account-delete.test.ts) instead of being left behind.
 */
export async function deleteEverythingOf(userId: string): Promise<void> {
  const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  await db.$transaction([
    // Limit counters of the address ("<limit>:<HMAC of the address>[|<client>]", src/server/auth/limits.ts).
    db.rateLimit.deleteMany({ where: { key: { contains: `:${emailKey(email)}` } } }),
    // Mail of the account, and mail to its address sent or kept without one (a reset asked before sign-up):
    // nothing is sent to, or kept about, a deleted user.
    db.outboxMessage.deleteMany({ where: { OR: [{ userId }, { to: email }] } }),
    db.emailToken.deleteMany({ where: { userId } }),
    db.reminder.deleteMany({ where: { userId } }),
    db.mailSettings.deleteMany({ where: { userId } }),
    db.activityEvent.deleteMany({ where: { userId } }),
    db.resumeBullet.deleteMany({ where: { application: { userId } } }),
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
  // SQLite: the deleted rows' old pages are still in the -wal file until a checkpoint copies the (zeroed,
  // with secure_delete) pages into the database and truncates the log. Backups still hold the account:
  // docs/decisions/0023-recovery-and-enumeration.md.
  if (currentDbProvider() === "sqlite") await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
