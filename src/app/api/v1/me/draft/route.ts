import { assessmentDraftSchema } from "@/domain/assessment/draft";
import { readBodyWithLimit } from "@/server/api/json-body";
import { saveDraftFor } from "@/server/assessment/drafts";
import { limiters } from "@/server/auth/limits";
import { getSessionUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

/** A draft is a handful of answers; anything much larger is not one. */
const MAX_BODY_BYTES = 32_768;

const reply = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The questionnaire's last unsaved answers, sent with `navigator.sendBeacon` when the tab is hidden or closed
 * (a server action's fetch may be cancelled then). A beacon is a simple request that any site could send with
 * the user's cookie, so only same-origin browser requests are accepted.
 */
export async function POST(request: Request): Promise<Response> {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((site && site !== "same-origin") || (!site && origin && origin !== new URL(request.url).origin)) return reply(403);

  const user = await getSessionUser();
  if (!user) return reply(401);
  // The same per-user budget as the server actions (src/server/action.ts): a beacon is a write too.
  if (!(await limiters().actionsByUser.consume(user.id)).allowed) return reply(429);

  // Never more than MAX_BODY_BYTES in memory: a larger Content-Length is refused unread, a longer stream cut.
  const read = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!read.ok) return reply(read.reason === "too_large" ? 413 : 400);
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return reply(400);
  }
  const draft = assessmentDraftSchema.safeParse(body);
  if (!draft.success) return reply(400);
  await saveDraftFor(user.id, draft.data);
  return reply(204);
}
