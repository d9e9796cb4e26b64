import Link from "next/link";
import type { FollowUp } from "@/domain/application";
import { formatDay } from "@/domain/time-zone";
import { MarkFeedbackSeen } from "@/components/mentor/mark-feedback-seen";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";
const boxClass = "flex min-w-0 flex-col gap-1 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800";

interface TodayPanelProps {
  /** Follow-ups overdue or due today, in the person's zone. */
  dueFollowUps: readonly FollowUp[];
  reminders: readonly { item: { id: string; title: string }; day: string }[];
  /** Mentors' ratings newer than the person's feedbackSeenAt, newest first. */
  newFeedback: readonly { id: string; mentorName: string; createdAt: Date }[];
  week: { monday: string; sunday: string; stepsDone: number; practiceSessions: number };
  today: string;
}

/** The rest of "Today" beside the next actions: what is due, what is new, and how the week is going. */
export function TodayPanel({ dueFollowUps, reminders, newFeedback, week, today }: TodayPanelProps) {
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
      <section aria-labelledby="due-title" className={boxClass}>
        <h3 id="due-title" className="font-semibold">
          Due
        </h3>
        {dueFollowUps.length === 0 && reminders.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">No follow-up or reminder due this week.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {dueFollowUps.map((f) => (
              <li key={f.id}>
                Follow up:{" "}
                <Link href={`/applications/${f.id}`} className={linkClass}>
                  {f.roleTitle} at {f.company}
                </Link>{" "}
                <span className={f.followUpOn < today ? "text-red-800 dark:text-red-300" : ""}>
                  ({f.followUpOn < today ? `was due ${formatDay(f.followUpOn)}` : "today"})
                </span>
              </li>
            ))}
            {reminders.map(({ item, day }) => (
              <li key={item.id}>
                Reminder:{" "}
                <a href={`#item-${item.id}`} className={linkClass}>
                  {item.title}
                </a>{" "}
                ({day === today ? "today" : formatDay(day)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-feedback-title" className={boxClass}>
        <h3 id="new-feedback-title" className="font-semibold">
          New feedback
        </h3>
        {newFeedback.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Nothing new from your mentors.{" "}
            <Link href="/settings#share" className={linkClass}>
              Share your plan
            </Link>{" "}
            to ask for a rating.
          </p>
        ) : (
          <>
            <ul className="flex flex-col gap-1 text-sm">
              {newFeedback.map((f) => (
                <li key={f.id}>{f.mentorName || "A mentor"} rated your skills</li>
              ))}
            </ul>
            <p className="flex flex-wrap items-center gap-3 text-sm">
              <Link href="/mentors" className={linkClass}>
                See the ratings
              </Link>
              <MarkFeedbackSeen seenUpTo={newFeedback[0]!.createdAt.toISOString()} />
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="week-title" className={boxClass}>
        <h3 id="week-title" className="font-semibold">
          This week
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatDay(week.monday)} to {formatDay(week.sunday)}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {week.stepsDone} {week.stepsDone === 1 ? "step" : "steps"} done, {week.practiceSessions} practice{" "}
          {week.practiceSessions === 1 ? "session" : "sessions"}.
        </p>
      </section>
    </div>
  );
}
