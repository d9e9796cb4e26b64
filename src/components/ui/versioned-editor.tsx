"use client";

import { Fragment, useState, type ReactNode } from "react";
import { FormAlert } from "./form-alert";

/** What an edit form calls when a save from a stale page was refused (null once a save goes through). */
export type ConflictHandler = (message: string | null) => void;

/**
 * Edits one versioned record (practice session, story, …). The form inside is keyed by `version`, so after a
 * save from a stale page is refused it reloads with the latest values; the refusal is kept here, outside the
 * form, so the "changed elsewhere" message survives that reload instead of vanishing with the old form.
 */
export function VersionedEditor({ version, children }: { version: number; children: (onConflict: ConflictHandler) => ReactNode }) {
  const [conflict, setConflict] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={conflict} />
      <Fragment key={version}>{children(setConflict)}</Fragment>
    </div>
  );
}
