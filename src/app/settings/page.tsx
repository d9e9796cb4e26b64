import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PlanExportLinkList } from "@/components/plan/export-links";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { EmailForm } from "@/components/settings/email-form";
import { MailSettingsForm } from "@/components/settings/mail-settings-form";
import { FormAlert } from "@/components/ui/form-alert";
import { NameForm } from "@/components/settings/name-form";
import { PasswordForm } from "@/components/settings/password-form";
import { RecentSignIns } from "@/components/settings/recent-sign-ins";
import { SettingsSection } from "@/components/settings/settings-section";
import { ShareLinkForm } from "@/components/settings/share-link-form";
import { ShareLinkList } from "@/components/settings/share-link-list";
import { SignOutEverywhereForm } from "@/components/settings/sign-out-everywhere-form";
import { TimeZoneForm } from "@/components/workspace/time-zone-form";
import { timeZoneChoices } from "@/domain/time-zone";
import { userTimeZone } from "@/server/workspace/time-zone";
import { settingsNoticeMessage } from "@/domain/account/notices";
import { findProfile, listRecentSignIns } from "@/server/account/queries";
import { requireUser } from "@/server/auth/session";
import { findMailSettings } from "@/server/mail/settings";
import { mentorRatingCounts } from "@/server/sharing/mentor";
import { hasActivePlan, listShareLinks } from "@/server/sharing/queries";

export const metadata: Metadata = { title: "Settings" };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const user = await requireUser("/settings");
  const { notice } = await searchParams;
  const now = new Date();
  const [profile, signIns, links, planExists, mailSettings, timeZone, ratingCounts] = await Promise.all([
    findProfile(user.id),
    listRecentSignIns(user.id),
    listShareLinks(user.id, now),
    hasActivePlan(user.id),
    findMailSettings(user.id),
    userTimeZone(user.id),
    mentorRatingCounts(user.id),
  ]);
  const noticeText = settingsNoticeMessage(notice);
  const emailNotice = notice === "email-confirmed" || notice === "email-changed" ? noticeText : null;
  if (!profile) redirect("/sign-in?callbackUrl=%2Fsettings");

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Settings</h1>

      <SettingsSection id="profile" title="Profile">
        <FormAlert tone="success" message={emailNotice} />
        <NameForm name={profile.name} />
        <hr className="border-slate-200 dark:border-slate-800" />
        <EmailForm email={profile.email} />
      </SettingsSection>

      <SettingsSection
        id="time-zone-settings"
        title="Time zone"
        description="Days and weeks (your activity, follow-ups and calendar files) are counted in this zone. We set it from your browser on your first visit."
      >
        <TimeZoneForm timeZone={timeZone} zones={timeZoneChoices(timeZone)} />
      </SettingsSection>

      <SettingsSection id="password" title="Password" description="Changing it signs you out on every other device.">
        <PasswordForm notice={notice === "password-changed" ? noticeText : null} />
      </SettingsSection>

      <SettingsSection
        id="emails"
        title="Emails"
        description="Choose which emails you get. Emails about your account's security (password resets, address changes) always come."
      >
        <MailSettingsForm weeklyDigest={mailSettings.weeklyDigest} reminders={mailSettings.reminders} />
      </SettingsSection>

      <SettingsSection id="sessions" title="Sign-ins">
        <RecentSignIns signIns={signIns} timeZone={timeZone} />
        <SignOutEverywhereForm />
      </SettingsSection>

      <SettingsSection
        id="share"
        title="Share with a mentor"
        description="A read-only link to your current plan: the steps, their status and your progress, with your first name, plus the counts or story titles you tick. Not your notes, the people you met, your email or your assessment answers."
      >
        {planExists ? (
          <ShareLinkForm />
        ) : (
          <p>
            You don&apos;t have a plan to share yet.{" "}
            <Link href="/assessment" className={linkClass}>
              Take the assessment
            </Link>{" "}
            to get one.
          </p>
        )}
        <ShareLinkList links={links} ratingCounts={ratingCounts} timeZone={timeZone} />
        <p>
          A mentor with a link can also rate your skills without seeing your own ratings.{" "}
          <Link href="/mentors" className={linkClass}>
            See mentors&apos; ratings beside yours
          </Link>
        </p>
      </SettingsSection>

      <SettingsSection id="your-data" title="Your data">
        {planExists && (
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold">Your plan</h3>
            <PlanExportLinkList />
          </div>
        )}
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">Everything in your account</h3>
          <p className="text-slate-700 dark:text-slate-300">
            Your profile, assessments, plans, applications, share links, mentor ratings and sign-ins in one JSON file.
          </p>
          <p>
            <a href="/api/v1/me/export" download className={linkClass}>
              Download all your data
            </a>
          </p>
        </div>
      </SettingsSection>

      <SettingsSection id="delete" title="Delete your account" tone="danger">
        <DeleteAccountForm />
      </SettingsSection>
    </div>
  );
}
