"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SKILL_MODEL } from "@/domain/assessment";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { THEME_LABELS, THEMES, type Theme } from "@/domain/interview/types";
import { STAR_MAX } from "@/domain/story";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { NoticeHandler } from "@/components/ui/versioned-editor";
import type { ActionResult } from "@/shared/action-result";
import { createStoryAction, updateStoryAction } from "@/server/story/actions";
import type { StoryView } from "@/shared/story-view";

interface Choice {
  id: string;
  label: string;
}

export interface StoryChoices {
  applications: Choice[];
  practice: Choice[];
}

/**
 * Writes a STAR story (or edits one), tagged with the skill areas it proves and where it was used. An edit names
 * the version it read: a stale save is refused and the latest version is loaded (StoryEditor keeps the message).
 */
export function StoryForm({
  story,
  choices,
  presetTheme,
  onNotice,
}: {
  story?: StoryView;
  choices: StoryChoices;
  /** A new story's theme ticked in advance (from an uncovered theme on /interview). */
  presetTheme?: Theme;
  /** Told when an edit was refused because the story changed elsewhere (the form then reloads). */
  onNotice?: NoticeHandler;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const prefix = story ? `story-${story.id}` : "new-story";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fields = {
      title: data.get("title"),
      situation: data.get("situation"),
      task: data.get("task"),
      action: data.get("action"),
      result: data.get("result"),
      areas: data.getAll("areas"),
      themes: data.getAll("themes"),
      applicationId: data.get("applicationId"),
      practiceSessionId: data.get("practiceSessionId"),
    };
    const outcome = story
      ? await updateStoryAction({ ...fields, storyId: story.id, version: story.version })
      : await createStoryAction(fields);
    setResult(outcome);
    onNotice?.(
      outcome.ok ? { tone: "success", message: "Saved." } : outcome.code === "STALE" ? { tone: "error", message: outcome.message } : null,
    );
    if (outcome.ok && !story) form.current?.reset();
    if (outcome.ok || outcome.code === "STALE") router.refresh();
  }

  const areaErrorId = errors.areas ? `${prefix}-areas-error` : undefined;
  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label={story ? `Edit story ${story.title}` : "Write a story"}
      className="flex flex-col gap-4"
      noValidate
    >
      {/* A refused stale edit is shown by the editor around the form, which outlives its reload. */}
      <FormAlert message={result && !result.ok && !(onNotice && result.code === "STALE") ? result.message : null} />
      <FormAlert tone="success" message={result?.ok && !onNotice ? (story ? "Saved." : "Story added.") : null} />
      <TextField id={`${prefix}-title`} name="title" label="Title" required defaultValue={story?.title} errors={errors.title} />
      {(["situation", "task", "action", "result"] as const).map((part) => (
        <TextArea
          key={part}
          id={`${prefix}-${part}`}
          name={part}
          label={part[0]!.toUpperCase() + part.slice(1)}
          max={STAR_MAX}
          rows={3}
          defaultValue={story?.[part] ?? ""}
          errors={errors[part]}
        />
      ))}
      <fieldset className="flex flex-col gap-2" aria-describedby={areaErrorId}>
        <legend className="text-sm font-semibold">Skill areas it proves</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {SKILL_AREAS.map((area) => (
            <label key={area} className="flex items-center gap-2">
              <input type="checkbox" name="areas" value={area} defaultChecked={story?.areas.includes(area)} className="h-4 w-4" />
              {SKILL_MODEL[area].label}
            </label>
          ))}
        </div>
        {areaErrorId && (
          <p id={areaErrorId} className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.areas!.join(" ")}
          </p>
        )}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">Interview themes it answers</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {THEMES.map((theme) => (
            <label key={theme} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="themes"
                value={theme}
                defaultChecked={story ? story.themes.includes(theme) : presetTheme === theme}
                className="h-4 w-4"
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
        {errors.themes && <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.themes.join(" ")}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${prefix}-application`}
          name="applicationId"
          label="Used in application"
          options={[{ value: "", label: "None" }, ...choices.applications.map((c) => ({ value: c.id, label: c.label }))]}
          defaultValue={story?.applicationId ?? ""}
          errors={errors.applicationId}
        />
        <SelectField
          id={`${prefix}-practice`}
          name="practiceSessionId"
          label="Used in interview practice"
          options={[{ value: "", label: "None" }, ...choices.practice.map((c) => ({ value: c.id, label: c.label }))]}
          defaultValue={story?.practiceSessionId ?? ""}
          errors={errors.practiceSessionId}
        />
      </div>
      <div>
        <Button type="submit">{story ? "Save story" : "Add story"}</Button>
      </div>
    </form>
  );
}
