"use client";

import { VersionedEditor } from "@/components/ui/versioned-editor";
import type { PracticeView } from "@/shared/practice-view";
import { PracticeForm } from "./practice-form";

/** Edits one session; a refused stale save stays visible while the form reloads (see VersionedEditor). */
export function PracticeEditor({ session, label }: { session: PracticeView; label: string }) {
  return (
    <VersionedEditor version={session.version}>
      {(onNotice) => <PracticeForm today={session.heldOn} session={session} label={label} onNotice={onNotice} />}
    </VersionedEditor>
  );
}
