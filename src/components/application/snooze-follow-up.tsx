"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/domain/time-zone";
import { snoozeFollowUpAction } from "@/server/application/actions";

/**
 * The follow-up date doubles as a reminder: an email goes out at 08:00 that day. Snoozing moves both, a day or a
 * week on from the date (or from today, when the follow-up is overdue).
 */
export function SnoozeFollowUp({ applicationId, version, name }: { applicationId: string; version: number; name: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function snooze(days: 1 | 7) {
    setPending(true);
    const outcome = await snoozeFollowUpAction({ applicationId, version, days });
    setPending(false);
    setMessage(
      outcome.ok
        ? { ok: true, text: `Follow-up moved to ${formatDay(outcome.data.application.followUpOn ?? "")}; we'll email you that morning.` }
        : { ok: false, text: outcome.message },
    );
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" className="px-3 py-1" disabled={pending} onClick={() => snooze(1)}>
          Snooze a day<span className="sr-only"> (follow-up for {name})</span>
        </Button>
        <Button type="button" variant="secondary" className="px-3 py-1" disabled={pending} onClick={() => snooze(7)}>
          Snooze a week<span className="sr-only"> (follow-up for {name})</span>
        </Button>
      </div>
      <p role="status" className={message?.ok === false ? "text-sm text-red-700 dark:text-red-300" : "text-sm"}>
        {message?.text}
      </p>
    </div>
  );
}
