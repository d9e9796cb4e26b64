import { readUnsubscribeToken } from "@/server/mail/unsubscribe";
import { unsubscribe } from "@/server/mail/settings";

export const dynamic = "force-dynamic";

/**
 * One-click unsubscribe without signing in: mail clients POST "List-Unsubscribe=One-Click" here (RFC 8058),
 * and the button on /unsubscribe posts here too. The signed token names the user and the kind of email.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const target = readUnsubscribeToken(token);
  const done = target ? await unsubscribe(target.userId, target.kind) : false;
  const fromPage = (await request.formData().catch(() => null))?.get("from") === "page";
  // 303: the browser follows with a GET of the page (a relative Location, so no Host header is involved).
  if (fromPage) {
    return new Response(null, {
      status: 303,
      headers: { location: `/unsubscribe?token=${encodeURIComponent(token)}&done=${done ? "1" : "0"}` },
    });
  }
  return new Response(done ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: done ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
