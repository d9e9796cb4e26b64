import Link from "next/link";

/** How logged evidence counts (docs/scoring.md, "Evidence"): shown on the result page of a signed-in user. */
export function EvidenceNote() {
  return (
    <section aria-labelledby="evidence-note-title" className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 id="evidence-note-title" className="text-lg font-semibold">
        How your logged evidence counts
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Your scores come from your own ratings only. What you log in your workspace (
        <Link href="/stories" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          stories
        </Link>
        ,{" "}
        <Link href="/practice" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          practice scores
        </Link>
        , plan steps you finish and a side project) is shown beside each skill when you re-assess, so you can rate yourself against real
        examples. A rating of 4 or 5 with nothing logged gets a gentle prompt to add an example; it never blocks you and never lowers a
        score.
      </p>
    </section>
  );
}
