"use client";

import { useSearchParams } from "next/navigation";
import { landingNoticeMessage } from "@/domain/account/notices";
import { FormAlert } from "@/components/ui/form-alert";

/**
 * What happened to the visitor's session (signed out everywhere, account deleted), from `?notice=`. Read in
 * the browser, so the landing page stays one prerendered file for everyone (render it inside <Suspense>).
 */
export function LandingNotice() {
  const message = landingNoticeMessage(useSearchParams().get("notice") ?? undefined);
  return message ? <FormAlert tone="success" message={message} /> : null;
}
