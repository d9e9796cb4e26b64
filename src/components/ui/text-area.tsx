"use client";

import { useEffect, useRef, useState, type TextareaHTMLAttributes } from "react";

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength"> {
  name: string;
  label: string;
  max: number;
  errors?: string[];
}

/** A labelled textarea with a character counter; hint, counter and errors are announced with it. */
export function TextArea({ name, label, max, errors, id = name, defaultValue = "", className = "", ...props }: TextAreaProps) {
  const [length, setLength] = useState(String(defaultValue).length);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // A form reset after a save empties the field without an input event: count again once it has happened.
  useEffect(() => {
    const form = textarea.current?.form;
    if (!form) return;
    const recount = () => setTimeout(() => setLength(textarea.current?.value.length ?? 0), 0);
    form.addEventListener("reset", recount);
    return () => form.removeEventListener("reset", recount);
  }, []);
  const countId = `${id}-count`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const over = length > max;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={textarea}
        id={id}
        name={name}
        defaultValue={defaultValue}
        onInput={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={errorId || over ? true : undefined}
        aria-describedby={[countId, errorId].filter(Boolean).join(" ")}
        rows={4}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
          errorId || over ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        } ${className}`}
        {...props}
      />
      <p id={countId} className={`text-sm ${over ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
        {length.toLocaleString("en")} of {max.toLocaleString("en")} characters
      </p>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
