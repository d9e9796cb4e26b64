/**
 * Messages for the landing page after the user's sessions have ended (the session that could carry a
 * flash message is gone by then, so the notice travels in the URL as a fixed key, never as text).
 */
export const LANDING_NOTICES = {
  "signed-out-everywhere": "You are signed out on every device, this one included.",
  "account-deleted": "Your account and everything in it have been deleted. Thank you for using PM Pathfinder.",
} as const;

export type LandingNotice = keyof typeof LANDING_NOTICES;

export function landingNoticePath(notice: LandingNotice): string {
  return `/?notice=${notice}`;
}

/** The message for a `notice` query value; unknown values show nothing. */
export function landingNoticeMessage(value: string | string[] | undefined): string | null {
  return typeof value === "string" && Object.hasOwn(LANDING_NOTICES, value) ? LANDING_NOTICES[value as LandingNotice] : null;
}

/** The settings page's counterpart, for changes that end with a redirect (a new session cookie needs one). */
export const SETTINGS_NOTICES = {
  "password-changed": "Your password is changed. Every other device has been signed out.",
  "email-confirmed": "Your email address is confirmed. Thank you.",
  "email-changed": "Your email address is changed. We've let your old address know.",
} as const;

export type SettingsNotice = keyof typeof SETTINGS_NOTICES;

export function settingsNoticeMessage(value: string | string[] | undefined): string | null {
  return typeof value === "string" && Object.hasOwn(SETTINGS_NOTICES, value) ? SETTINGS_NOTICES[value as SettingsNotice] : null;
}

/** What sign-up answers when it does not sign the browser in: the same words whether or not the address is taken. */
export function checkYourInboxMessage(email: string): string {
  return `Check your inbox: we've sent a message to ${email}. It tells you how to go on.`;
}
