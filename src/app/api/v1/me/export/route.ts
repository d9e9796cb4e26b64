import { accountExportChunks } from "@/server/account/export";
import { getSessionUser } from "@/server/auth/session";
import { isoDay, notSignedIn, streamedAttachment } from "@/server/downloads";

export const dynamic = "force-dynamic";

/** Everything stored about the signed-in user, as one JSON file (settings → Your data), streamed as it is read. */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return notSignedIn();
  const now = new Date();
  const chunks = await accountExportChunks(user.id, now);
  if (!chunks) return notSignedIn();
  return streamedAttachment(chunks, `pm-pathfinder-data-${isoDay(now)}.json`, "application/json; charset=utf-8");
}
