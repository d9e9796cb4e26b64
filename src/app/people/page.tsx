import type { Metadata } from "next";
import Link from "next/link";
import { PersonForm } from "@/components/person/person-form";
import { HOW_MET_LABELS, MAX_PEOPLE } from "@/domain/person";
import { formatDay } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { z } from "zod";
import { countPeople, linkChoices, listPeople } from "@/server/person/queries";

export const metadata: Metadata = { title: "People", robots: { index: false } };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

/** How many people the list shows at a time; ?shown= asks for more (validated, capped at the quota). */
const PEOPLE_PAGE = 50;
const shownSchema = z.coerce.number().int().min(PEOPLE_PAGE).max(MAX_PEOPLE).catch(PEOPLE_PAGE);

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ shown?: string | string[] }> }) {
  const user = await requireUser("/people");
  const { shown: shownParam } = await searchParams;
  const shown = shownSchema.parse(Array.isArray(shownParam) ? shownParam[0] : shownParam);
  const [people, total, choices] = await Promise.all([listPeople(user.id, shown), countPeople(user.id), linkChoices(user.id)]);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">People</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          The PMs and others you meet on the way, and the conversations you have with them. Private to you: never shared with a mentor. Up
          to {MAX_PEOPLE.toLocaleString("en")} people.
        </p>
      </header>
      <section
        aria-labelledby="add-person-title"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
      >
        <h2 id="add-person-title" className="text-xl font-semibold">
          Add a person
        </h2>
        <PersonForm choices={choices} />
      </section>
      <section aria-labelledby="people-title" className="flex flex-col gap-3">
        <h2 id="people-title" className="text-xl font-semibold">
          Your people ({total})
        </h2>
        {people.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">Nobody yet. Start with a PM you could ask to lunch.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {people.map((person) => (
              <li key={person.id} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <Link href={`/people/${person.id}`} className={linkClass}>
                  {person.name}
                </Link>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {[person.role, person.company].filter(Boolean).join(", ") || "No role noted"} · {HOW_MET_LABELS[person.howMet]}
                </p>
                {person.lastContactOn && <p className="text-sm">Last contact {formatDay(person.lastContactOn)}</p>}
                {person.planItemTitle && <p className="text-sm">Plan step: {person.planItemTitle}</p>}
                {person.applicationName && <p className="text-sm">Referral for {person.applicationName}</p>}
                <p className="text-sm">
                  {person.conversations.length} conversation{person.conversations.length === 1 ? "" : "s"}
                </p>
              </li>
            ))}
          </ul>
        )}
        {total > people.length && (
          <p className="text-slate-700 dark:text-slate-300">
            Showing the first {people.length} of {total}, by name.{" "}
            <Link href={`/people?shown=${shown + PEOPLE_PAGE}#people-title`} className={linkClass}>
              Show {Math.min(PEOPLE_PAGE, total - people.length)} more
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
