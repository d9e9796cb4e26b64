"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { TextField } from "@/components/ui/text-field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SHARE_EXPIRY_OPTIONS, SHARE_LINK_OPTIONS } from "@/domain/account/share-links";
import type { ActionResult } from "@/shared/action-result";
import { createShareLinkAction } from "@/server/sharing/actions";
import { CopyField } from "./copy-field";
import { fieldErrorsIn, useActionOutcome } from "./use-action-outcome";

type Created = ActionResult<{ id: string; token: string }>;

export function ShareLinkForm() {
  const [state, formAction, pending] = useActionState<Created | null, FormData>(createShareLinkAction, null);
  const form = useRef<HTMLFormElement>(null);
  useActionOutcome(state, { reset: form });
  const errors = fieldErrorsIn(state);
  // The full URL is built here, from the address the owner is actually using; the server never stores it.
  // (`state` is only ever ok in the browser, after the action ran, so `window` exists then.)
  const url = state?.ok ? `${window.location.origin}/shared/${state.data.token}` : null;
  const expiryError = errors.expiresIn?.join(" ");
  return (
    <div className="flex flex-col gap-4">
      <form
        ref={form}
        action={formAction}
        onSubmit={submitKeepingValues(formAction)}
        aria-label="Create a share link"
        className="flex max-w-xl flex-col gap-4"
        noValidate
      >
        <FormAlert message={state && !state.ok ? state.message : null} />
        <TextField
          name="label"
          id="share-label"
          label="Label (optional)"
          hint="Only you see it, e.g. the mentor's name."
          maxLength={60}
          errors={errors.label}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="share-expires" className="text-sm font-medium">
            Link stops working after
          </label>
          <select
            id="share-expires"
            name="expiresIn"
            defaultValue="30"
            aria-invalid={expiryError ? true : undefined}
            aria-describedby={expiryError ? "share-expires-error" : undefined}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 sm:max-w-xs dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            {SHARE_EXPIRY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {expiryError && (
            <p id="share-expires-error" className="text-sm font-medium text-red-700 dark:text-red-400">
              {expiryError}
            </p>
          )}
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-semibold">Also show (optional)</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Off unless you tick them. The people you met and your notes are never shown.
          </p>
          {SHARE_LINK_OPTIONS.map((option) => (
            <CheckboxField key={option.name} name={option.name} id={`share-${option.name}`} label={option.label} hint={option.hint} />
          ))}
        </fieldset>
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Creating…" : "Create link"}
          </Button>
        </div>
      </form>
      {url && !pending && (
        <div className="flex flex-col gap-3 rounded-md border border-green-700 bg-green-50 p-4 dark:border-green-400 dark:bg-green-950">
          <p className="text-sm font-semibold text-green-900 dark:text-green-100">
            Your link is ready. Copy it now: for your security it is shown only this once.
          </p>
          <CopyField id="share-new-url" label="New share link" value={url} />
        </div>
      )}
    </div>
  );
}
