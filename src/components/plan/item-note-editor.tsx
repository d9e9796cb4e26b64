"use client";

import { useEffect, useState, type FormEvent } from "react";
import { itemNoteSchema } from "@/domain/plan/schemas";
import { Button } from "@/components/ui/button";
import { clearNoteDraft, readNoteDraft, writeNoteDraft } from "./note-drafts";
import type { WriteOutcome } from "./use-plan-board";

const NOTE_MAX = 2_000;

interface ItemNoteEditorProps {
  itemId: string;
  title: string;
  note: string;
  onSave: (note: string) => Promise<WriteOutcome>;
}

/**
 * A labelled textarea with a character counter; the shared zod schema gives the hint before the server does.
 * What is typed is kept as a draft in this browser until saved (note-drafts.ts), and leaving the page with
 * unsaved text asks first. Only mounted once the step's details are opened, so reading storage here never
 * meets server-rendered markup.
 */
export function ItemNoteEditor({ itemId, title, note, onSave }: ItemNoteEditorProps) {
  const [savedNote, setSavedNote] = useState(note);
  const [restored] = useState(() => {
    const kept = readNoteDraft(itemId);
    return kept !== null && kept !== note ? kept : null;
  });
  const [draft, setDraft] = useState(restored ?? note);
  const dirty = draft !== savedNote;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const id = `note-${itemId}`;
  const tooLong = draft.length > NOTE_MAX;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const parsed = itemNoteSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the note");
      return;
    }
    setPending(true);
    setSaved(false);
    const outcome = await onSave(parsed.data);
    setPending(false);
    // On a stale write the draft stays as typed; the item's notice explains, and saving again overwrites.
    setError(outcome.ok ? null : (outcome.fieldErrors.note?.join(" ") ?? null));
    setSaved(outcome.ok);
    if (outcome.ok) {
      setSavedNote(parsed.data);
      clearNoteDraft(itemId);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" noValidate>
      <label htmlFor={id} className="text-sm font-semibold">
        Your notes<span className="sr-only"> on “{title}”</span>
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          writeNoteDraft(itemId, event.target.value, savedNote);
          setSaved(false);
        }}
        rows={3}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}${dirty ? ` ${id}-unsaved` : ""}`}
        aria-invalid={error || tooLong ? true : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
          error || tooLong ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        }`}
      />
      <p
        id={`${id}-count`}
        className={`text-sm tabular-nums ${tooLong ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}
      >
        {draft.length.toLocaleString("en-GB")} / {NOTE_MAX.toLocaleString("en-GB")} characters
      </p>
      {dirty && (
        <p id={`${id}-unsaved`} className="text-sm text-amber-900 dark:text-amber-200">
          {restored !== null && draft === restored
            ? "Unsaved draft from your last visit, kept in this browser."
            : "Not saved yet: kept in this browser until you save."}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {/* Never disabled: a button that disables itself under the keyboard drops the focus. */}
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? "Saving…" : "Save note"}
          <span className="sr-only"> on “{title}”</span>
        </Button>
        <p role="status" className="text-sm text-green-800 dark:text-green-300">
          {saved ? "Note saved." : ""}
        </p>
      </div>
    </form>
  );
}
