import { cancelEmailChange } from "@/server/auth/email-links";
import { postedEmailToken, seeOther } from "@/server/auth/email-link-post";

export const dynamic = "force-dynamic";

/** The button of /cancel-email-change posts here: the pending change stops, and its confirmation link with it. */
export async function POST(request: Request): Promise<Response> {
  const token = await postedEmailToken(request);
  const outcome = token ? await cancelEmailChange(token) : "invalid";
  return seeOther(outcome === "cancelled" ? "/cancel-email-change?done=1" : "/link-expired?for=verify");
}
