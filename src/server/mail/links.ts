// Every link an email carries starts from APP_URL (src/server/env.ts), never from a request's Host header.
import { appUrl } from "@/server/env";

export const mailLinks = {
  resetPassword: (token: string) => `${appUrl()}/reset-password?token=${token}`,
  verifyEmail: (token: string) => `${appUrl()}/verify-email?token=${token}`,
  cancelEmailChange: (token: string) => `${appUrl()}/cancel-email-change?token=${token}`,
  signIn: () => `${appUrl()}/sign-in`,
  forgotPassword: () => `${appUrl()}/forgot-password`,
  signUp: () => `${appUrl()}/sign-up`,
  dashboard: () => `${appUrl()}/dashboard`,
  applications: () => `${appUrl()}/applications`,
  application: (id: string) => `${appUrl()}/applications/${encodeURIComponent(id)}`,
  assessment: () => `${appUrl()}/assessment`,
  mailSettings: () => `${appUrl()}/settings#emails`,
  unsubscribePage: (token: string) => `${appUrl()}/unsubscribe?token=${token}`,
  /** RFC 8058 one-click target: mail clients POST "List-Unsubscribe=One-Click" here. */
  unsubscribeOneClick: (token: string) => `${appUrl()}/api/v1/unsubscribe?token=${token}`,
};
