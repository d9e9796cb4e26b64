"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A read-only text field with a copy button; the field stays selectable if the clipboard is unavailable. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // Insecure context or permission refused: select the text so Ctrl+C / long-press works.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied("failed");
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button variant="primary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Couldn't copy: the link is selected, copy it by hand." : ""}
      </p>
    </div>
  );
}
