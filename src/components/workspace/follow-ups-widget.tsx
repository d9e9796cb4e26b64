import Link from "next/link";
import type { FollowUp } from "@/domain/application";
import { formatDay } from "@/domain/time-zone";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

/** Overdue and next follow-ups, days counted in the user's time zone. */
export function FollowUpsWidget({ overdue, upcoming }: { overdue: readonly FollowUp[]; upcoming: readonly FollowUp[] }) {
  const next = upcoming.slice(0, 5);
  return (
    <section aria-labelledby="follow-ups-title" className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 id="follow-ups-title" className="mb-3 text-lg font-semibold">
        Follow-ups
      </h2>
      {overdue.length > 0 && (
        <>
          <h3 className="font-semibold text-red-800 dark:text-red-300">Overdue ({overdue.length})</h3>
          <ul className="mb-3 flex flex-col gap-1">
            {overdue.map((f) => (
              <li key={f.id}>
                <Link href={`/applications/${f.id}`} className={linkClass}>
                  {f.roleTitle} at {f.company}
                </Link>{" "}
                — was due {formatDay(f.followUpOn)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="font-semibold">Next</h3>
      {next.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          No follow-ups planned.{" "}
          <Link href="/applications" className={linkClass}>
            Set one on an application
          </Link>
          .
        </p>
      ) : (
        <ul className="flex flex-col gap-1">
          {next.map((f) => (
            <li key={f.id}>
              <Link href={`/applications/${f.id}`} className={linkClass}>
                {f.roleTitle} at {f.company}
              </Link>{" "}
              — {formatDay(f.followUpOn)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
