"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useTimeZone } from "@/components/ui/time-zone-context";
import { dayIn } from "@/domain/time-zone";
import type { ActionResult } from "@/shared/action-result";
import { clearReminderAction, setReminderAction, snoozeReminderAction } from "@/server/reminder/actions";

// Reminders go out at 08:00 in the user's zone (src/server/reminder/actions.ts): the days shown and accepted
// here are that zone's, or a reminder set in Tonga (UTC+13) would read as the day before.
function dayFormatIn(timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone });
}

/** "Remind me on…" for one plan step, with snooze: an email on that day (see docs/mail.md). */
export function ReminderControl({ itemId, title, remindAt }: { itemId: string; title: string; remindAt: string | null }) {
  const timeZone = useTimeZone();
  const [current, setCurrent] = useState(remindAt);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  // The form is rendered only while open: 20-odd closed reminder forms were a fifth of the dashboard's HTML.
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const errorId = `${inputId}-error`;

  function run(action: () => Promise<ActionResult<{ remindAt: string | null }>>, success: (at: string | null) => string) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setCurrent(result.data.remindAt);
        setMessage({ text: success(result.data.remindAt), error: false });
      } else {
        setMessage({ text: Object.values(result.fieldErrors).flat()[0] ?? result.message, error: true });
      }
    });
  }
  const on = (at: string | null) => (at ? dayFormatIn(timeZone).format(new Date(at)) : "");
  // What can be done to a reminder that is set: each a button, its action and what it says after.
  const changes = [
    { label: "Snooze a day", act: () => snoozeReminderAction({ itemId, days: 1 }), done: (at: string | null) => `Snoozed to ${on(at)}.` },
    { label: "Snooze a week", act: () => snoozeReminderAction({ itemId, days: 7 }), done: (at: string | null) => `Snoozed to ${on(at)}.` },
    { label: "Remove reminder", act: () => clearReminderAction({ itemId }), done: () => "Reminder removed." },
  ];

  return (
    <details className="rounded-md" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="step-summary">
        {current ? `Reminder on ${on(current)}` : "Remind me on…"}
        <span className="sr-only"> for “{title}”</span>
      </summary>
      {open && (
        <div className="mt-3 flex flex-col gap-3">
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              const entry = new FormData(event.currentTarget).get("remindOn");
              const remindOn = typeof entry === "string" ? entry : "";
              run(
                () => setReminderAction({ itemId, remindOn }),
                (at) => `We'll email you on ${on(at)}.`,
              );
            }}
          >
            <div className="flex flex-col gap-1">
              <label htmlFor={inputId} className="text-sm font-medium">
                Remind me on
              </label>
              <input
                id={inputId}
                name="remindOn"
                type="date"
                required
                min={dayIn(new Date(), timeZone)}
                defaultValue={current ? dayIn(new Date(current), timeZone) : undefined}
                aria-invalid={message?.error ? true : undefined}
                aria-describedby={message?.error ? errorId : undefined}
                className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
              />
            </div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {current ? "Change reminder" : "Set reminder"}
            </Button>
          </form>
          {current && (
            <div className="flex flex-wrap gap-2">
              {changes.map(({ label, act, done }) => (
                <Button key={label} variant="ghost" disabled={pending} onClick={() => run(act, done)}>
                  {label}
                  <span className="sr-only"> for “{title}”</span>
                </Button>
              ))}
            </div>
          )}
          <p
            id={errorId}
            role="status"
            className={`text-sm ${message?.error ? "font-medium text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300"}`}
          >
            {message?.text}
          </p>
        </div>
      )}
    </details>
  );
}
