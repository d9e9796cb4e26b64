"use client";

import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";
import type { SkillArea } from "@/domain/assessment";
import { describeEvidence, needsEvidencePrompt, type EvidenceByArea } from "@/domain/evidence";

const EvidenceContext = createContext<EvidenceByArea | null>(null);

/** Gives the skills step what the user logged per area since the last assessment (signed-in re-assessment). */
export function EvidenceProvider({ value, children }: { value: EvidenceByArea | null; children: ReactNode }) {
  return <EvidenceContext.Provider value={value}>{children}</EvidenceContext.Provider>;
}

/** Beside one skill's rating: the evidence logged for it, and a gentle, non-blocking prompt for a high rating without any. */
export function AreaEvidence({ area, label, rating }: { area: SkillArea; label: string; rating: number | undefined }) {
  const byArea = useContext(EvidenceContext);
  if (!byArea) return null;
  const items = byArea[area];
  return (
    <div className="flex flex-col gap-1 text-sm" aria-label={`What you logged for ${label}`} role="group">
      {items.length > 0 ? (
        <>
          <p className="font-semibold">Logged for {label.toLowerCase()} since your last assessment:</p>
          <ul className="list-disc pl-5">
            {items.slice(0, 6).map((item, i) => (
              <li key={i}>{describeEvidence(item)}</li>
            ))}
            {items.length > 6 && <li>and {items.length - 6} more</li>}
          </ul>
        </>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">Nothing logged for {label.toLowerCase()} since your last assessment.</p>
      )}
      {needsEvidencePrompt(rating, items) && (
        <p
          role="status"
          className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
        >
          A {rating} is a strong rating. If you can, add an example to your{" "}
          <Link href="/stories" className="font-semibold underline underline-offset-2">
            story bank
          </Link>{" "}
          so you can back it up in interviews. You can carry on either way.
        </p>
      )}
    </div>
  );
}
