import { handleScoreRequest, methodNotAllowed, options } from "@/server/api/score";
import { limiters } from "@/server/auth/limits";
import { env } from "@/server/env";
import { clientIpFrom } from "@/server/request";

// Public and stateless: scores an assessment without storing it. Behaviour and errors: docs/api.md.
export async function POST(request: Request): Promise<Response> {
  const ip = clientIpFrom(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip"), env().TRUST_PROXY);
  return handleScoreRequest(request, { limiter: limiters.apiByIp, clientIp: ip });
}

// Next answers unexported methods with a bare 405; these add the Allow header and a JSON body.
export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = options;
