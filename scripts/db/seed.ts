// `npm run db:seed`: creates the demo account, or resets its name and password if it exists.
// Run it after `npm run db:deploy` (or `npm start`, which migrates) on the database DATABASE_URL names.
import { hashPassword } from "../../src/server/auth/password";
import { createDbClient, Prisma } from "../../src/server/db";
import { configuredDatabaseUrl, databaseProvider, redactDatabaseUrl } from "../../src/server/db-url";
import { isMainModule, runCli, UserFacingError } from "./cli";

export const DEMO_ACCOUNT = {
  email: "demo@pmpathfinder.dev",
  password: "pathfinder-demo-2026",
  name: "Demo User",
} as const;

/** A demo account with a published password must never exist in a real deployment. */
export function refuseInProduction(nodeEnv = process.env.NODE_ENV): void {
  if (nodeEnv === "production") {
    throw new UserFacingError("Refusing to create the demo account while NODE_ENV=production: its password is public.");
  }
}

export async function seedDemoAccount(url: string = configuredDatabaseUrl(), nodeEnv = process.env.NODE_ENV): Promise<void> {
  refuseInProduction(nodeEnv);
  const db = createDbClient(url);
  try {
    const passwordHash = await hashPassword(DEMO_ACCOUNT.password);
    await db.user.upsert({
      where: { email: DEMO_ACCOUNT.email },
      // The demo address is not a real mailbox: counted as confirmed, so no banner asks to confirm it.
      create: { email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, passwordHash, emailVerifiedAt: new Date() },
      update: { name: DEMO_ACCOUNT.name, passwordHash },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021") {
      throw new UserFacingError("The database has no tables yet: run `npm run db:deploy` first.");
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
  console.log(`Demo account ready in the ${databaseProvider(url)} database ${redactDatabaseUrl(url)}:`);
  console.log(`  email ${DEMO_ACCOUNT.email}  password ${DEMO_ACCOUNT.password}`);
}

if (isMainModule(import.meta.url)) await runCli(() => seedDemoAccount());
