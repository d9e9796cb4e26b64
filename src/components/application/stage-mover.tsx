"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { STAGE_LABELS, STAGES, type Stage } from "@/domain/application";
import { Button } from "@/components/ui/button";
import { moveApplicationAction } from "@/server/application/actions";

/** A select and a button to move an application to another stage: keyboard-first, no drag and drop. */
export function StageMover({
  applicationId,
  name,
  stage,
  version,
  followUpOn = null,
}: {
  applicationId: string;
  name: string;
  stage: Stage;
  version: number;
  /** The application's follow-up day, formatted for the person: moving to Rejected offers to keep it. */
  followUpOn?: string | null;
}) {
  const [chosen, setChosen] = useState<string>(stage);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = `move-${applicationId}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = form.get("stage");
    setPending(true);
    const keepFollowUp = target === "rejected" && followUpOn ? form.get("keepFollowUp") === "on" : undefined;
    const outcome = await moveApplicationAction({
      applicationId,
      version,
      stage: target,
      ...(keepFollowUp === undefined ? {} : { keepFollowUp }),
    });
    setPending(false);
    setError(outcome.ok ? null : (outcome.fieldErrors.stage?.join(" ") ?? outcome.message));
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Stage<span className="sr-only"> of {name}</span>
        </label>
        <select
          id={id}
          name="stage"
          defaultValue={stage}
          key={`${stage}-${version}`}
          onChange={(event) => setChosen(event.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {chosen === "rejected" && stage !== "rejected" && followUpOn && (
        <label className="flex min-h-6 items-center gap-2 text-sm">
          <input type="checkbox" name="keepFollowUp" className="size-4" />
          Keep the follow-up ({followUpOn})<span className="sr-only"> for {name}</span>
        </label>
      )}
      <Button type="submit" variant="secondary" className="px-3 py-1" disabled={pending}>
        Move<span className="sr-only"> {name}</span>
      </Button>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
