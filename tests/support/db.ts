// Helpers for integration tests. The database is the one `npm run test:integration` created
// (DATABASE_URL); TEST_DB_PROVIDER says which kind it is, for test names and provider-specific checks.
import { hashPassword } from "@/server/auth/password";
import { db, type User } from "@/server/db";
import type { DbProvider } from "@/server/db-url";

export { db };

export const testDbProvider: DbProvider = process.env.TEST_DB_PROVIDER === "postgres" ? "postgres" : "sqlite";

/** Deletes every row, children before parents so that no foreign key objects. */
export async function resetDatabase(): Promise<void> {
  if (!process.env.TEST_DB_PROVIDER) {
    // Without the runner, DATABASE_URL may well be someone's development database.
    throw new Error("Integration tests wipe their database: run them with `npm run test:integration`.");
  }
  await db.$transaction([
    db.outboxMessage.deleteMany(),
    db.emailToken.deleteMany(),
    db.reminder.deleteMany(),
    db.mailSettings.deleteMany(),
    db.activityEvent.deleteMany(),
    db.storyArea.deleteMany(),
    db.story.deleteMany(),
    db.practiceScore.deleteMany(),
    db.practiceSession.deleteMany(),
    db.conversation.deleteMany(),
    db.person.deleteMany(),
    db.applicationStageChange.deleteMany(),
    db.application.deleteMany(),
    db.shareLink.deleteMany(),
    db.planItem.deleteMany(),
    db.plan.deleteMany(),
    db.assessmentDraft.deleteMany(),
    db.assessment.deleteMany(),
    db.signInEvent.deleteMany(),
    db.userSession.deleteMany(),
    db.rateLimit.deleteMany(),
    db.user.deleteMany(),
  ]);
}

let userCount = 0;

/** When test users confirmed their address: a fixed instant, so no test depends on the clock. */
export const CONFIRMED_AT = new Date("2026-01-05T09:00:00Z");

/**
 * A stored user with a real argon2id hash; `password` is the plain text, for sign-in tests. Confirmed by
 * default (share links and email changes need a confirmed address); `confirmed: false` for one who isn't.
 */
export async function createUser(
  overrides: { email?: string; name?: string; password?: string; confirmed?: boolean } = {},
): Promise<User & { password: string }> {
  userCount += 1;
  const password = overrides.password ?? "correct horse battery staple";
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `user${userCount}-${Date.now()}@example.test`,
      name: overrides.name ?? `Test User ${userCount}`,
      passwordHash: await hashPassword(password),
      emailVerifiedAt: overrides.confirmed === false ? null : CONFIRMED_AT,
    },
  });
  return { ...user, password };
}
