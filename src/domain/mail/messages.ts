/**
 * The text of every email the app sends. Pure: links are built by the caller from APP_URL and passed in.
 * Subjects and names go through singleLine (src/domain/mail/headers.ts) so nothing can add a header.
 */
import { singleLine } from "./headers";

export interface MailContent {
  subject: string;
  text: string;
}

export const RESET_TOKEN_MINUTES = 30;
/** Address confirmation links last longer: people read that mail later. */
export const VERIFY_TOKEN_HOURS = 48;

const SIGNATURE = "\n\n— PM Pathfinder";

function greeting(name: string | null): string {
  return name ? `Hi ${singleLine(name, 100)},` : "Hi,";
}

export function passwordResetMail(name: string, link: string): MailContent {
  return {
    subject: "Reset your PM Pathfinder password",
    text:
      `${greeting(name)}\n\nSomeone (hopefully you) asked to reset the password of your PM Pathfinder account. ` +
      `Choose a new password here within ${RESET_TOKEN_MINUTES} minutes:\n\n${link}\n\n` +
      "The link works once. If you didn't ask for this, ignore this email: your password stays as it is." +
      SIGNATURE,
  };
}

/** A reset asked for an address with no account: the owner of the mailbox learns why nothing else came. */
export function noAccountMail(signUpLink: string, forgotLink: string): MailContent {
  return {
    subject: "About your PM Pathfinder password reset",
    text:
      `${greeting(null)}\n\nSomeone (hopefully you) asked to reset a PM Pathfinder password for this address, ` +
      "but no account uses it. Perhaps you signed up with another address? You can try that one here:\n\n" +
      `${forgotLink}\n\nOr create an account:\n\n${signUpLink}\n\nIf you didn't ask for this, ignore this email.` +
      SIGNATURE,
  };
}

export function passwordChangedMail(name: string, forgotLink: string): MailContent {
  return {
    subject: "Your PM Pathfinder password was changed",
    text:
      `${greeting(name)}\n\nThe password of your PM Pathfinder account was just changed, and every other device ` +
      "was signed out.\n\nIf this wasn't you, reset your password now and check your account:\n\n" +
      forgotLink +
      SIGNATURE,
  };
}

export function verifyEmailMail(name: string, link: string, change: boolean): MailContent {
  const why = change
    ? "You asked to use this address for your PM Pathfinder account. It takes effect once you confirm it:"
    : "Welcome to PM Pathfinder. Please confirm that this address is yours, so you can always get back in:";
  return {
    subject: change ? "Confirm your new PM Pathfinder email address" : "Confirm your email address for PM Pathfinder",
    text:
      `${greeting(name)}\n\n${why}\n\n${link}\n\nThe link works once, for ${VERIFY_TOKEN_HOURS} hours. ` +
      "If you didn't ask for this, ignore this email." +
      SIGNATURE,
  };
}

export function emailChangedMail(name: string, newEmail: string, forgotLink: string): MailContent {
  return {
    subject: "Your PM Pathfinder email address was changed",
    text:
      `${greeting(name)}\n\nYour PM Pathfinder account now uses ${singleLine(newEmail, 254)} instead of this address. ` +
      "Emails about the account go there from now on.\n\nIf this wasn't you, contact us by replying to this " +
      `email, and reset your password:\n\n${forgotLink}` +
      SIGNATURE,
  };
}

/**
 * To the current address when an email change is asked for: the one chance its owner has to stop a change
 * they did not ask for (someone with a borrowed session, say) before the new address confirms it.
 */
export function emailChangeRequestedMail(name: string, newEmail: string, cancelLink: string, forgotLink: string): MailContent {
  return {
    subject: "Someone asked to change your PM Pathfinder email address",
    text:
      `${greeting(name)}\n\nSomeone signed in to your PM Pathfinder account asked to move it to ` +
      `${singleLine(newEmail, 254)}. Nothing changes until that address is confirmed.\n\n` +
      `If this wasn't you, stop the change here (the link works for ${VERIFY_TOKEN_HOURS} hours):\n\n${cancelLink}\n\n` +
      `Then reset your password, which also signs every device out:\n\n${forgotLink}` +
      SIGNATURE,
  };
}

/**
 * Sign-up and email change answer the same whether or not an address is taken (no enumeration); the owner
 * of a taken address is told here instead.
 */
export function addressInUseMail(name: string, signInLink: string, forgotLink: string): MailContent {
  return {
    subject: "Someone tried to use your address on PM Pathfinder",
    text:
      `${greeting(name)}\n\nSomeone tried to create a PM Pathfinder account with this address, or to move ` +
      "another account to it. This address already has your account, so nothing has changed.\n\n" +
      `If it was you, sign in here:\n\n${signInLink}\n\nForgotten your password? Reset it here:\n\n${forgotLink}\n\n` +
      "If it wasn't you, you can ignore this email." +
      SIGNATURE,
  };
}

export function followUpReminderMail(
  name: string,
  application: { company: string; roleTitle: string },
  applicationLink: string,
  unsubscribeLink: string,
): MailContent {
  const what = `${singleLine(application.roleTitle, 120)} at ${singleLine(application.company, 120)}`;
  return {
    subject: `Follow up today: ${what}`,
    text:
      `${greeting(name)}\n\nToday is the day you set to follow up on your application for ${what}. ` +
      "A short, specific note (what you are still excited about, one thing you learnt since you applied) keeps you " +
      `in mind without pressing.\n\nLog what you did, or snooze the follow-up:\n\n${applicationLink}` +
      SIGNATURE +
      `\n\nStop reminder emails: ${unsubscribeLink}`,
  };
}

export function reminderMail(name: string, stepTitle: string, planLink: string, unsubscribeLink: string): MailContent {
  const title = singleLine(stepTitle, 120);
  return {
    subject: `Reminder: ${title}`,
    text:
      `${greeting(name)}\n\nYou asked to be reminded today about this step of your plan:\n\n  ${title}\n\n` +
      `Open your plan to tick it off, or snooze the reminder:\n\n${planLink}` +
      SIGNATURE +
      `\n\nStop reminder emails: ${unsubscribeLink}`,
  };
}
