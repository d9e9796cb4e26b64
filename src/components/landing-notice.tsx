import { landingNoticeMessage } from "@/domain/account/notices";
import { FormAlert } from "@/components/ui/form-alert";

/** What happened to the visitor's session (signed out everywhere, account deleted), from `?notice=`. */
export function LandingNotice({ notice }: { notice: string | string[] | undefined }) {
  const message = landingNoticeMessage(notice);
  return message ? <FormAlert tone="success" message={message} /> : null;
}
