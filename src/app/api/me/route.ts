import { findUnconfirmedEmail } from "@/server/account/queries";
import { getSessionUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

/** What the header island shows: who is signed in here (the caller's own session only) and whether their
 * address still needs confirming. Never cached, so a shared cache can't hand one user's answer to another. */
export interface MeResponse {
  user: { name: string } | null;
  unconfirmedEmail: string | null;
}

/** GET /api/me: the header's signed-in state, read by the browser after the (static) page has loaded. */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  const body: MeResponse = user
    ? { user: { name: user.name }, unconfirmedEmail: await findUnconfirmedEmail(user.id) }
    : { user: null, unconfirmedEmail: null };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
