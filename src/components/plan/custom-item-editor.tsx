"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { itemDetailSchema, itemTitleSchema } from "@/domain/plan/schemas";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { WriteOutcome } from "./use-plan-board";

interface CustomItemEditorProps {
  itemId: string;
  title: string;
  detail: string;
  onSave: (title: string, detail: string) => Promise<WriteOutcome>;
  onDelete: () => void;
}

type Mode = "idle" | "editing" | "confirm-delete";

/** Rename, re-describe or delete a step the user added. Deleting asks once, inline, instead of a dialog. */
export function CustomItemEditor({ itemId, title, detail, onSave, onDelete }: CustomItemEditorProps) {
  const [mode, setMode] = useState<Mode>("idle");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const titleInput = `edit-title-${itemId}`;
  const previousMode = useRef<Mode>(mode);

  // Focus follows the mode: into the form when it opens, back to the button that opened it afterwards.
  useEffect(() => {
    if (mode === "editing") document.getElementById(titleInput)?.focus();
    else if (mode === "confirm-delete") keepButton.current?.focus();
    else if (previousMode.current !== "idle") editButton.current?.focus();
    previousMode.current = mode;
  }, [mode, titleInput]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const nextTitle = itemTitleSchema.safeParse(form.get("title"));
    const nextDetail = itemDetailSchema.safeParse(form.get("detail"));
    if (!nextTitle.success || !nextDetail.success) {
      setErrors({
        ...(nextTitle.success ? {} : { title: nextTitle.error.issues.map((i) => i.message) }),
        ...(nextDetail.success ? {} : { detail: nextDetail.error.issues.map((i) => i.message) }),
      });
      return;
    }
    setPending(true);
    const outcome = await onSave(nextTitle.data, nextDetail.data);
    setPending(false);
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    if (outcome.ok) setMode("idle");
  }

  if (mode === "editing") {
    return (
      <form onSubmit={submit} className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700" noValidate>
        <TextField id={titleInput} name="title" label="Step title" defaultValue={title} required errors={errors.title} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`edit-detail-${itemId}`} className="text-sm font-medium">
            Description (optional)
          </label>
          <textarea
            id={`edit-detail-${itemId}`}
            name="detail"
            defaultValue={detail}
            rows={3}
            aria-invalid={errors.detail ? true : undefined}
            aria-describedby={errors.detail ? `edit-detail-${itemId}-error` : undefined}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          {errors.detail && (
            <p id={`edit-detail-${itemId}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
              {errors.detail.join(" ")}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? "Saving…" : "Save changes"}
          </Button>
          <Button variant="ghost" onClick={() => (setErrors({}), setMode("idle"))}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  if (mode === "confirm-delete") {
    return (
      <div
        role="group"
        aria-label={`Delete “${title}”?`}
        className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-3 dark:bg-red-950"
      >
        <p className="text-sm font-medium text-red-900 dark:text-red-100">Delete this step? This can&apos;t be undone.</p>
        <Button variant="danger" onClick={onDelete}>
          Yes, delete it
        </Button>
        <button ref={keepButton} type="button" className={buttonClass("secondary")} onClick={() => setMode("idle")}>
          Keep it
        </button>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      <button ref={editButton} type="button" className={buttonClass("secondary")} onClick={() => setMode("editing")}>
        Edit<span className="sr-only"> “{title}”</span>
      </button>
      <button
        type="button"
        className="rounded-md px-4 py-2 text-sm font-semibold text-red-700 underline-offset-2 hover:bg-red-50 hover:underline dark:text-red-300 dark:hover:bg-red-950"
        onClick={() => setMode("confirm-delete")}
      >
        Delete<span className="sr-only"> “{title}”</span>
      </button>
    </div>
  );
}
