import Link from "next/link";

// Plain links, not buttons: the browser saves the files itself (the endpoints send Content-Disposition).
const linkClass =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300 dark:hover:text-brand-100";

/** Download links for the active plan: Markdown, calendar and a printable page. */
export function PlanExportLinkList() {
  return (
    <ul className="flex flex-col gap-2">
      <li>
        <a href="/api/v1/plan/export.md" download className={linkClass}>
          Download as a Markdown checklist
        </a>{" "}
        <span className="text-sm text-slate-700 dark:text-slate-300">(.md, for notes apps and docs)</span>
      </li>
      <li>
        <a href="/api/v1/plan/export.ics" download className={linkClass}>
          Add the phase deadlines to your calendar
        </a>{" "}
        <span className="text-sm text-slate-700 dark:text-slate-300">(.ics: day 30, 60 and 90, and the steps you finished)</span>
      </li>
      <li>
        <Link href="/plan/print" className={linkClass}>
          Printable version
        </Link>{" "}
        <span className="text-sm text-slate-700 dark:text-slate-300">(print it or save it as a PDF)</span>
      </li>
    </ul>
  );
}

/**
 * "Export & share" for the dashboard: the plan's exports plus a way to the mentor links in settings.
 * Drop it in wherever the active plan is shown; it renders its own titled section.
 */
export function ExportLinks() {
  return (
    <section aria-labelledby="export-share-title" className="no-print rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 id="export-share-title" className="mb-3 text-lg font-semibold">
        Export &amp; share
      </h2>
      <PlanExportLinkList />
      <p className="mt-3">
        <Link href="/settings#share" className={linkClass}>
          Share a read-only link with a mentor
        </Link>
      </p>
    </section>
  );
}
