"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { PATH_INFO, scoreAssessment, type TransitionPath } from "@/domain/assessment";
import { readinessInWords } from "@/domain/assessment/scale";
import { buttonClass } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { clearPendingAssessment, readPendingAssessment } from "./pending-assessment";

type Offer = { status: "none" } | { status: "found"; readiness: number; path: TransitionPath };

/**
 * A result the visitor finished in this browser before signing up through the header (not through the
 * result's own button): offered for saving here, so it isn't lost. Saving goes through the preview's
 * ?save=1 flow, the same one the result's button uses.
 */
export function PendingResultOffer() {
  const [offer, setOffer] = useState<Offer>({ status: "none" });

  useEffect(() => {
    const pending = readPendingAssessment();
    if (pending.status !== "found") return;
    const result = scoreAssessment(pending.input);
    // Browser storage can only be read after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer({ status: "found", readiness: result.readiness, path: result.recommendedPath.path });
  }, []);

  if (offer.status !== "found") return null;
  return (
    <section
      aria-labelledby="pending-result-title"
      className="flex flex-col gap-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-6 dark:border-brand-300 dark:bg-slate-900"
    >
      <h2 id="pending-result-title" className="text-xl font-semibold">
        You have an unsaved result
      </h2>
      <p className="text-slate-700 dark:text-slate-300">
        You finished the assessment in this browser before signing up: readiness {readinessInWords(offer.readiness)}, best fit{" "}
        <strong className="font-semibold text-slate-900 dark:text-slate-100">{PATH_INFO[offer.path].label}</strong>. Save it to your account
        to keep it and build your plan from it.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/assessment/preview?save=1" className={buttonClass("primary")}>
          Save this result
        </Link>
        <Button
          variant="secondary"
          onClick={() => {
            clearPendingAssessment();
            setOffer({ status: "none" });
          }}
        >
          Discard it
        </Button>
      </div>
    </section>
  );
}
