"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { HOW_MET, HOW_MET_LABELS } from "@/domain/person";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { DateField, NotesField } from "@/components/ui/record-fields";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/shared/action-result";
import { createPersonAction, updatePersonAction } from "@/server/person/actions";
import type { LinkChoice, PersonView } from "@/shared/person-view";

const howMetOptions = HOW_MET.map((value) => ({ value, label: HOW_MET_LABELS[value] }));
const none = (label: string) => [{ value: "", label }];

interface PersonFormProps {
  person?: PersonView;
  choices: { applications: LinkChoice[]; planItems: LinkChoice[] };
}

/** Adds a person, or edits one (its version guards against a stale tab). Never shared with a mentor. */
export function PersonForm({ person, choices }: PersonFormProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : {};
  const prefix = person ? `edit-person` : "new-person";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setPending(true);
    const outcome = person
      ? await updatePersonAction({ ...data, personId: person.id, version: person.version })
      : await createPersonAction(data);
    setPending(false);
    setResult(outcome);
    if (outcome.ok && !person) form.current?.reset();
    if (outcome.ok || outcome.code === "STALE") router.refresh();
  }

  return (
    <form ref={form} onSubmit={submit} aria-label={person ? "Edit person" : "Add a person"} className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? (person ? "Saved." : "Person added.") : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} name="name" label="Name" required defaultValue={person?.name} errors={errors.name} />
        <TextField id={`${prefix}-role`} name="role" label="Their role" defaultValue={person?.role} errors={errors.role} />
        <TextField id={`${prefix}-company`} name="company" label="Their company" defaultValue={person?.company} errors={errors.company} />
        <SelectField
          id={`${prefix}-how-met`}
          name="howMet"
          label="How you met"
          options={howMetOptions}
          defaultValue={person?.howMet ?? "colleague"}
          errors={errors.howMet}
        />
        <DateField
          id={`${prefix}-last-contact`}
          name="lastContactOn"
          label="Last contact"
          value={person?.lastContactOn}
          errors={errors.lastContactOn}
        />
        <TextField id={`${prefix}-next-step`} name="nextStep" label="Next step" defaultValue={person?.nextStep} errors={errors.nextStep} />
        <SelectField
          id={`${prefix}-application`}
          name="applicationId"
          label="Referred you for"
          options={[...none("No application"), ...choices.applications.map((c) => ({ value: c.id, label: c.label }))]}
          defaultValue={person?.applicationId ?? ""}
          errors={errors.applicationId}
        />
        <SelectField
          id={`${prefix}-plan-step`}
          name="planItemId"
          label="Plan step"
          options={[...none("No plan step"), ...choices.planItems.map((c) => ({ value: c.id, label: c.label }))]}
          defaultValue={person?.planItemId ?? ""}
          errors={errors.planItemId}
        />
      </div>
      <NotesField id={`${prefix}-notes`} value={person?.notes} errors={errors.notes} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : person ? "Save changes" : "Add person"}
        </Button>
      </div>
    </form>
  );
}
