import Link from "next/link";
import { STAGE_LABELS, type SortDirection, type SortKey } from "@/domain/application";
import { formatDay } from "@/domain/time-zone";
import type { ApplicationView } from "@/shared/application-view";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "company", label: "Company" },
  { key: "role", label: "Role" },
  { key: "stage", label: "Stage" },
  { key: "followUp", label: "Next follow-up" },
  { key: "added", label: "Added" },
];

/** A table that sorts by any column through links (works without JavaScript; aria-sort tells the order). */
export function ApplicationTable({
  applications,
  sort,
  addedDays,
}: {
  applications: readonly ApplicationView[];
  sort: { key: SortKey; direction: SortDirection };
  /** The calendar day each application was added, in the user's time zone, by id. */
  addedDays: Readonly<Record<string, string>>;
}) {
  return (
    <section aria-labelledby="table-title" className="flex flex-col gap-3">
      <h2 id="table-title" className="text-xl font-semibold">
        All applications
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Applications, sorted by {COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase()}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              {COLUMNS.map((column) => {
                const active = sort.key === column.key;
                const next: SortDirection = active && sort.direction === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
                    className="py-2 pr-3"
                  >
                    <Link
                      href={`/applications?sort=${column.key}&dir=${next}#table-title`}
                      className="font-semibold underline underline-offset-2"
                    >
                      {column.label}
                      <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
                      {active && <span aria-hidden="true">{sort.direction === "asc" ? " ▲" : " ▼"}</span>}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} className="border-b border-slate-200 dark:border-slate-800">
                <td className="py-2 pr-3">
                  <Link href={`/applications/${a.id}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                    {a.company}
                  </Link>
                </td>
                <td className="py-2 pr-3">{a.roleTitle}</td>
                <td className="py-2 pr-3">{STAGE_LABELS[a.stage]}</td>
                <td className="py-2 pr-3">{a.followUpOn ? formatDay(a.followUpOn) : "—"}</td>
                <td className="py-2 pr-3">{addedDays[a.id] ? formatDay(addedDays[a.id]!) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
