import Link from "next/link";

// The panel is brand-coloured, so its main button is light in both themes to stand out from it.
const PANEL_BUTTON =
  "inline-flex items-center justify-center rounded-md bg-white px-5 py-3 text-base font-semibold text-brand-800 hover:bg-brand-50 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200";
// The global focus ring is brand blue, which would vanish on this panel; white stays visible in both themes.
const FOCUS_ON_PANEL = { outlineColor: "#ffffff" } as const;
const PANEL_SECONDARY =
  "inline-flex items-center justify-center rounded-md border border-white/80 px-5 py-3 text-base font-semibold text-white hover:bg-brand-800";

/**
 * What the person can do next. A saved result leads to the plan; an unsaved one (the visitor preview)
 * leads to saving it, through sign-up or sign-in for visitors and straight away for a signed-in user.
 */
export type NextStep =
  | { kind: "build-plan"; assessmentId: string }
  /** The person already has a plan: merge this result into it instead of starting over. */
  | { kind: "update-plan"; assessmentId: string; pathChanged: boolean }
  /** The active plan was built from this very result. */
  | { kind: "open-plan" }
  | { kind: "save"; signedIn: boolean; /** Where to come back to and save, e.g. "/assessment/preview?save=1". */ savePath: string };

export function NextStepPanel({ step }: { step: NextStep }) {
  return (
    <section
      aria-labelledby="next-step-title"
      className="no-print flex flex-col gap-3 rounded-xl bg-brand-700 p-6 text-white sm:p-8 dark:bg-brand-900"
    >
      {step.kind === "open-plan" ? (
        <>
          <h2 id="next-step-title" className="text-2xl font-bold">
            Your plan follows this result
          </h2>
          <p className="max-w-2xl text-brand-50">
            Keep ticking off steps on your dashboard, and re-assess in a few weeks to see what moved.
          </p>
          <div>
            <Link href="/dashboard" className={PANEL_BUTTON} style={FOCUS_ON_PANEL}>
              Open my plan
            </Link>
          </div>
        </>
      ) : step.kind === "update-plan" ? (
        <>
          <h2 id="next-step-title" className="text-2xl font-bold">
            {step.pathChanged ? "Next: your recommended path changed" : "Next: bring your plan up to date"}
          </h2>
          <p className="max-w-2xl text-brand-50">
            {step.pathChanged
              ? "Your plan follows a different path than this result recommends. Preview the update first: finished steps, your own steps and your notes are kept, and steps that no longer apply are set aside, not deleted."
              : "Fold this result into your current plan: new steps for the gaps you have now, and everything you have done stays as it is. You will see the changes before anything happens."}
          </p>
          <div>
            <Link href={`/plan/update?assessment=${encodeURIComponent(step.assessmentId)}`} className={PANEL_BUTTON} style={FOCUS_ON_PANEL}>
              Preview the plan update
            </Link>
          </div>
        </>
      ) : step.kind === "build-plan" ? (
        <>
          <h2 id="next-step-title" className="text-2xl font-bold">
            Next: turn this into a plan
          </h2>
          <p className="max-w-2xl text-brand-50">
            We&apos;ll build a 90-day checklist from your recommended path and your top gaps, in three phases you can tick off week by week.
          </p>
          <div>
            <Link href={`/plan/new?assessment=${encodeURIComponent(step.assessmentId)}`} className={PANEL_BUTTON} style={FOCUS_ON_PANEL}>
              Build my plan
            </Link>
          </div>
        </>
      ) : (
        <>
          <h2 id="next-step-title" className="text-2xl font-bold">
            Keep this result and get your plan
          </h2>
          <p className="max-w-2xl text-brand-50">
            {step.signedIn
              ? "Save this assessment to your account; next you can turn it into a 90-day plan and re-assess later to see what moved."
              : "Create an account to save this and get your plan: a 90-day checklist built from your path and your gaps. It takes a minute."}
          </p>
          <div className="flex flex-wrap gap-3">
            {step.signedIn ? (
              <Link href={step.savePath} className={PANEL_BUTTON} style={FOCUS_ON_PANEL}>
                Save to my account
              </Link>
            ) : (
              <>
                <Link href={`/sign-up?callbackUrl=${encodeURIComponent(step.savePath)}`} className={PANEL_BUTTON} style={FOCUS_ON_PANEL}>
                  Create an account to save this
                </Link>
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(step.savePath)}`} className={PANEL_SECONDARY} style={FOCUS_ON_PANEL}>
                  Sign in
                </Link>
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
