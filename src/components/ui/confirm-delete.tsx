"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/shared/action-result";
import { Button } from "./button";
import { FormAlert } from "./form-alert";

interface ConfirmDeleteProps {
  /** The first button's content, e.g. "Delete" with a screen-reader-only name of the thing, then "…". */
  trigger: ReactNode;
  /** What the second step asks, shown beside its buttons; none when the buttons say it all. */
  question?: ReactNode;
  /** The confirming button's content ("Yes, delete" plus, for screen readers, what). */
  confirm: ReactNode;
  cancel?: string;
  /** The delete action, owner-scoped on the server. */
  remove: () => Promise<ActionResult<unknown>>;
  /** Where to go once deleted (the list, when the page itself is gone); otherwise the page refreshes. */
  goTo?: string;
}

/** Deleting in two steps, so a stray click never deletes: "Delete…", then "Yes, delete" or keep it. */
export function ConfirmDelete({ trigger, question, confirm, cancel = "Keep it", remove, goTo }: ConfirmDeleteProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirmed() {
    const outcome = await remove();
    if (!outcome.ok) setError(outcome.message);
    else if (goTo) router.push(goTo);
    else router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={error} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          {question && <p>{question}</p>}
          <Button variant="danger" onClick={confirmed}>
            {confirm}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {cancel}
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {trigger}
          </Button>
        </div>
      )}
    </div>
  );
}
