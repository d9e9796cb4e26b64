"use client";

import { VersionedEditor } from "@/components/ui/versioned-editor";
import type { StoryView } from "@/shared/story-view";
import { StoryForm, type StoryChoices } from "./story-form";

/** Edits one story; a refused stale save stays visible while the form reloads (see VersionedEditor). */
export function StoryEditor({ story, choices }: { story: StoryView; choices: StoryChoices }) {
  return (
    <VersionedEditor version={story.version}>
      {(onNotice) => <StoryForm story={story} choices={choices} onNotice={onNotice} />}
    </VersionedEditor>
  );
}
