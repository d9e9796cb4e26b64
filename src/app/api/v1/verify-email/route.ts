import { confirmEmail } from "@/server/auth/email-links";
import { postedEmailToken, seeOther } from "@/server/auth/email-link-post";

export const dynamic = "force-dynamic";

/**
 * The button of /verify-email posts here: only this POST confirms the address (or completes an email
 * change). Opening the emailed link never does, so link scanners and prefetchers change nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const token = await postedEmailToken(request);
  const outcome = token ? await confirmEmail(token) : "invalid";
  if (outcome === "invalid") return seeOther("/link-expired?for=verify");
  if (outcome === "taken") return seeOther("/link-expired?for=taken");
  return seeOther(`/settings?notice=${outcome === "changed" ? "email-changed" : "email-confirmed"}#profile`);
}
