"use client";

import { useState, useTransition } from "react";
import { markFeedbackSeenAction } from "@/server/sharing/mentor-actions";

/** Clears "New feedback" up to the newest rating shown (a rating arriving meanwhile stays new). */
export function MarkFeedbackSeen({ seenUpTo }: { seenUpTo: string }) {
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  if (done) return <span role="status">Marked as seen.</span>;
  return (
    <button
      type="button"
      className="min-h-6 rounded px-1 font-medium text-slate-700 underline underline-offset-2 dark:text-slate-300"
      aria-disabled={pending || undefined}
      onClick={() =>
        startTransition(async () => {
          const result = await markFeedbackSeenAction({ seenUpTo });
          if (result.ok) setDone(true);
        })
      }
    >
      Mark as seen
    </button>
  );
}
