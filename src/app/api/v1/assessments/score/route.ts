import { handleScoreRequest, methodNotAllowed, options } from "@/server/api/score";
import { limiters } from "@/server/auth/limits";
import { clientIpOf } from "@/server/request";

// Public and stateless: scores an assessment without storing it. Behaviour and errors: docs/api.md.
export async function POST(request: Request): Promise<Response> {
  return handleScoreRequest(request, { limiter: limiters().apiByIp, clientIp: clientIpOf(request.headers) });
}

// Next answers unexported methods with a bare 405; these add the Allow header and a JSON body.
export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = options;
