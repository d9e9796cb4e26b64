"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { APPLICATION_KINDS, KIND_LABELS, STAGE_LABELS, STAGES } from "@/domain/application";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { DateField, NotesField } from "@/components/ui/record-fields";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { createApplicationAction, updateApplicationAction } from "@/server/application/actions";
import type { ApplicationView } from "@/shared/application-view";

const kindOptions = APPLICATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const stageOptions = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** Adds an application, or edits one (`application` given: its version guards against a stale tab). */
export function ApplicationForm({ application }: { application?: ApplicationView }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const prefix = application ? `edit-${application.id}` : "new-application";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setPending(true);
    const outcome = application
      ? await updateApplicationAction({
          applicationId: application.id,
          version: application.version,
          company: data.company,
          roleTitle: data.roleTitle,
          link: data.link,
          kind: data.kind,
          followUpOn: data.followUpOn,
          notes: data.notes,
        })
      : await createApplicationAction(data);
    setPending(false);
    setResult(outcome);
    if (outcome.ok) {
      if (!application) form.current?.reset();
      router.refresh();
    } else if (outcome.code === "STALE") {
      router.refresh(); // changed elsewhere: show the fresh state
    }
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label={application ? "Edit application" : "Add an application"}
      className="flex flex-col gap-4"
      noValidate
    >
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? (application ? "Saved." : "Application added.") : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}-company`}
          name="company"
          label="Company"
          required
          defaultValue={application?.company}
          errors={errors.company}
        />
        <TextField
          id={`${prefix}-role`}
          name="roleTitle"
          label="Role title"
          required
          defaultValue={application?.roleTitle}
          errors={errors.roleTitle}
        />
        <TextField
          id={`${prefix}-link`}
          name="link"
          label="Link to the posting"
          type="url"
          hint="A web address; https:// is added when you leave it out."
          defaultValue={application?.link}
          errors={errors.link}
        />
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label="Kind of role"
          options={kindOptions}
          defaultValue={application?.kind ?? "pm"}
          errors={errors.kind}
        />
        {!application && (
          <SelectField
            id={`${prefix}-stage`}
            name="stage"
            label="Stage"
            options={stageOptions}
            defaultValue="researching"
            errors={errors.stage}
          />
        )}
        <DateField
          id={`${prefix}-follow-up`}
          name="followUpOn"
          label="Next follow-up"
          hint="Optional. Not before the day you add the application."
          value={application?.followUpOn}
          errors={errors.followUpOn}
        />
      </div>
      <NotesField id={`${prefix}-notes`} value={application?.notes} errors={errors.notes} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : application ? "Save changes" : "Add application"}
        </Button>
      </div>
    </form>
  );
}
