"use client";

import { useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { SaveStatus } from "./use-draft-saver";

function statusText(signedIn: boolean, status: SaveStatus): string {
  if (!signedIn) return "Your answers are kept in this browser, so you can come back to them.";
  switch (status.state) {
    case "saving":
      return "Saving your answers…";
    case "saved":
      return "All answers saved to your account.";
    case "failed":
      return "";
    case "idle":
      return "Your answers are saved to your account as you go.";
  }
}

interface DraftFooterProps {
  signedIn: boolean;
  status: SaveStatus;
  onStartOver: () => void;
}

/** How the draft is kept, and a "Start over" that asks once before clearing everything. */
export function DraftFooter({ signedIn, status, onStartOver }: DraftFooterProps) {
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const startOverButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto "Keep my answers" when it appears, back to "Start over" when kept.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current) startOverButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div className="flex flex-col gap-3 text-sm text-slate-600 sm:flex-row sm:items-start sm:justify-between dark:text-slate-400">
      <div>
        {/* Routine "saving/saved" isn't announced (it would interrupt every few keystrokes); failure is. */}
        <p>{statusText(signedIn, status)}</p>
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {status.state === "failed" ? `We couldn't save your answers. ${status.message}` : ""}
        </p>
      </div>
      {confirming ? (
        <div role="group" aria-labelledby="start-over-question" className="flex shrink-0 flex-col gap-2 sm:items-end">
          <p id="start-over-question" className="font-medium text-slate-900 dark:text-slate-100">
            Clear all your answers and start again?
          </p>
          <div className="flex flex-wrap gap-2 sm:flex-nowrap">
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                wasConfirming.current = false; // focus goes to the first step's heading, not back here
                onStartOver();
              }}
            >
              Clear my answers
            </Button>
            <button ref={keepButton} type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
              Keep my answers
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startOverButton}
          type="button"
          className="-mx-1 self-start rounded px-1 py-0.5 font-medium text-slate-800 underline underline-offset-2 hover:text-slate-950 dark:text-slate-200 dark:hover:text-white"
          onClick={() => setConfirming(true)}
        >
          Start over
        </button>
      )}
    </div>
  );
}
