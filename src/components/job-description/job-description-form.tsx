"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/text-area";
import { JOB_DESCRIPTION_FIELD_MAX, WHY_COMPANY_MAX } from "@/domain/application";
import { saveJobDescriptionAction } from "@/server/application/actions";
import type { ActionResult } from "@/shared/action-result";
import type { ApplicationView } from "@/shared/application-view";

/** Paste or edit the job description, and the person's own "why this company" for the cover letter. */
export function JobDescriptionForm({ application }: { application: ApplicationView }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = await saveJobDescriptionAction({
      applicationId: application.id,
      version: application.version,
      jobDescription: data.get("jobDescription"),
      whyCompany: data.get("whyCompany"),
    });
    setResult(outcome);
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label="Job description" className="flex flex-col gap-4" noValidate>
      <FormAlert message={result && !result.ok ? result.message : null} />
      <FormAlert tone="success" message={result?.ok ? "Saved. The analysis below is up to date." : null} />
      <TextArea
        id="job-description"
        name="jobDescription"
        label="Job description"
        max={JOB_DESCRIPTION_FIELD_MAX}
        rows={10}
        defaultValue={application.jobDescription}
        errors={errors.jobDescription}
      />
      <TextArea
        id="why-company"
        name="whyCompany"
        label="Why this company (your own note, for the cover letter)"
        max={WHY_COMPANY_MAX}
        rows={3}
        defaultValue={application.whyCompany}
        errors={errors.whyCompany}
      />
      <div>
        <Button type="submit" variant="secondary">
          Save the job description
        </Button>
      </div>
    </form>
  );
}
