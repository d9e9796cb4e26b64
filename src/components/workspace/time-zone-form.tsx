"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/shared/action-result";
import { setTimeZoneAction } from "@/server/account/actions";

/** Picks the IANA time zone every day and week is counted in. */
export function TimeZoneForm({ timeZone, zones }: { timeZone: string; zones: readonly string[] }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ message: string }> | null>(null);
  const error = result && !result.ok ? (result.fieldErrors.timeZone?.join(" ") ?? result.message) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await setTimeZoneAction({ timeZone: new FormData(event.currentTarget).get("timeZone") });
    setResult(outcome);
    if (outcome.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label="Time zone" className="flex max-w-xl flex-col gap-4" noValidate>
      <FormAlert tone="success" message={result?.ok ? result.data.message : null} />
      <div className="flex flex-col gap-1">
        <label htmlFor="time-zone" className="text-sm font-medium">
          Time zone
        </label>
        <select
          id="time-zone"
          name="timeZone"
          defaultValue={timeZone}
          aria-describedby={error ? "time-zone-error" : undefined}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {error && (
          <p id="time-zone-error" role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" variant="secondary">
          Save time zone
        </Button>
      </div>
    </form>
  );
}
