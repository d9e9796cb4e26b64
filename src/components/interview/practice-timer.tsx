"use client";

import { useEffect, useRef, useState } from "react";
import { formatRemaining, spokenRemaining, timerAnnouncement } from "@/domain/interview";
import { Button } from "@/components/ui/button";

/**
 * A countdown for answering aloud, from the type's usual length. role="timer" shows the time; a separate
 * polite live region speaks each minute, 30 seconds left and zero. At zero it only stops: nothing is
 * submitted or moved on automatically.
 */
export function PracticeTimer({ minutes, label }: { minutes: number; label: string }) {
  const total = minutes * 60;
  const [remaining, setRemaining] = useState(total);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const last = useRef<{ at: number; remaining: number } | null>(null);

  useEffect(() => {
    if (!running) return;
    last.current = { at: performance.now(), remaining };
    const tick = window.setInterval(() => {
      const previous = last.current;
      if (!previous) return;
      const now = performance.now();
      const next = Math.max(0, previous.remaining - (now - previous.at) / 1000);
      const words = timerAnnouncement(previous.remaining, next);
      if (words) setAnnouncement(words);
      last.current = { at: now, remaining: next };
      setRemaining(next);
      if (next <= 0) setRunning(false);
    }, 250);
    return () => window.clearInterval(tick);
    // Restarted only when started or paused; `remaining` is carried in the ref meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);

  return (
    <div className="flex flex-col gap-2" role="group" aria-label={`Timer for ${label}`}>
      <p role="timer" aria-label={spokenRemaining(remaining)} className="font-mono text-3xl font-bold tabular-nums">
        {formatRemaining(remaining)}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Usual length: {minutes} minute{minutes === 1 ? "" : "s"}.
      </p>
      <div className="flex flex-wrap gap-2">
        {running ? (
          <Button variant="secondary" onClick={() => setRunning(false)}>
            Pause
          </Button>
        ) : (
          <Button
            variant="secondary"
            disabled={remaining <= 0}
            onClick={() => {
              setAnnouncement(`Timer started: ${spokenRemaining(remaining)}`);
              setRunning(true);
            }}
          >
            {remaining < total ? "Resume" : "Start"}
          </Button>
        )}
        <Button
          variant="ghost"
          onClick={() => {
            setRunning(false);
            setRemaining(total);
            setAnnouncement(`Timer reset to ${minutes} minutes`);
          }}
        >
          Reset
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
