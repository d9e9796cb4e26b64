"use client";

import { Fragment, useState, type ReactNode } from "react";
import { FormAlert } from "./form-alert";

/** What an edit form reports after a save: "Saved.", a refusal from a stale page, or nothing to say. */
export interface EditorNotice {
  message: string;
  tone: "error" | "success";
}
export type NoticeHandler = (notice: EditorNotice | null) => void;

/**
 * Edits one versioned record (practice session, story, …). The form inside is keyed by `version`, so after a
 * save (or a refused save from a stale page) it reloads with the latest values; the outcome is kept here,
 * outside the form, so "Saved." or the "changed elsewhere" message survives that reload instead of vanishing
 * with the old form.
 */
export function VersionedEditor({ version, children }: { version: number; children: (onNotice: NoticeHandler) => ReactNode }) {
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={notice?.message} tone={notice?.tone} />
      <Fragment key={version}>{children(setNotice)}</Fragment>
    </div>
  );
}
