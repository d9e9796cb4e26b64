import "server-only";
import { currentDbProvider, type Prisma } from "@/server/db";

/**
 * Makes the user's transactions take turns on PostgreSQL (locks the user's row until commit), so that a
 * quota check and the insert after it cannot interleave with a parallel request. SQLite's driver already
 * runs one transaction at a time. Call it first in the transaction. Same idea as in src/server/plans/actions.ts.
 */
export async function takeTurn(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  if (currentDbProvider() === "postgres") await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}
