import "server-only";
import { currentDbProvider, type Prisma } from "@/server/db";

/**
 * Makes the user's transactions that must not interleave take turns: a new plan, an added or moved item, a
 * plan update, a quota check and the insert after it. PostgreSQL runs transactions side by side: this locks
 * the user's row until commit, and the next transaction waits here, then (READ COMMITTED) reads what the
 * first one committed. SQLite's driver already runs one transaction at a time on its single connection.
 * Call it first in the transaction.
 */
export async function takeUserTurn(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  if (currentDbProvider() === "postgres") await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}
