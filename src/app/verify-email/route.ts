import { redirect } from "next/navigation";
import { emailTokenSchema } from "@/domain/mail/schemas";
import { confirmEmail } from "@/server/auth/email-links";

export const dynamic = "force-dynamic";

/** The link in a confirmation email: confirms the address (or completes an email change), then shows where it went. */
export async function GET(request: Request): Promise<Response> {
  const parsed = emailTokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const outcome = parsed.success ? await confirmEmail(parsed.data) : "invalid";
  if (outcome === "invalid") redirect("/link-expired?for=verify");
  if (outcome === "taken") redirect("/link-expired?for=taken");
  redirect(`/settings?notice=${outcome === "changed" ? "email-changed" : "email-confirmed"}#profile`);
}
