/**
 * The "signed in here" hint. The session cookie is HttpOnly, so src/proxy.ts mirrors its presence (never its
 * value) in this readable cookie. Before the page paints, SESSION_HINT_SCRIPT marks <html data-session> when
 * the hint is set, and CSS hides the visitor's header links until the AccountNav island has asked /api/me —
 * so a signed-in user never sees "Sign in" flash on a prerendered page. The hint grants nothing: the island
 * and every page still check the session itself.
 */
export const SESSION_HINT_COOKIE = "pp-signed-in";

export const SESSION_HINT_SCRIPT = `document.cookie.split("; ").indexOf("${SESSION_HINT_COOKIE}=1")>=0&&document.documentElement.setAttribute("data-session","")`;

/** Called once /api/me has answered: from then on the island alone decides which links show. */
export function clearSessionHintMark(): void {
  document.documentElement.removeAttribute("data-session");
}
