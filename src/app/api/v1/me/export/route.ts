import { buildAccountExport } from "@/server/account/export";
import { getSessionUser } from "@/server/auth/session";
import { attachment, isoDay, notSignedIn } from "@/server/downloads";

export const dynamic = "force-dynamic";

/** Everything stored about the signed-in user, as one JSON file (settings → Your data). */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return notSignedIn();
  const now = new Date();
  const data = await buildAccountExport(user.id, now);
  if (!data) return notSignedIn();
  return attachment(JSON.stringify(data, null, 2), `pm-pathfinder-data-${isoDay(now)}.json`, "application/json; charset=utf-8");
}
