import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConversationForm } from "@/components/person/conversation-form";
import { DeleteConversationButton } from "@/components/person/delete-conversation-button";
import { DeletePersonButton } from "@/components/person/delete-person-button";
import { PersonForm } from "@/components/person/person-form";
import { HOW_MET_LABELS } from "@/domain/person";
import { dayIn, formatDay } from "@/domain/time-zone";
import { requireUser } from "@/server/auth/session";
import { findPerson, linkChoices } from "@/server/person/queries";
import { userTimeZone } from "@/server/workspace/time-zone";

export const metadata: Metadata = { title: "Person", robots: { index: false } };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/people/${encodeURIComponent(id)}`);
  const [person, choices, timeZone] = await Promise.all([findPerson(user.id, id), linkChoices(user.id), userTimeZone(user.id)]);
  if (!person) notFound();
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/people" className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
          ← All people
        </Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight">{person.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {[person.role, person.company].filter(Boolean).join(", ") || "No role noted"} · {HOW_MET_LABELS[person.howMet]}
          {person.lastContactOn && <> · last contact {formatDay(person.lastContactOn)}</>}
        </p>
        {person.applicationId && person.applicationName && (
          <p>
            Referral for{" "}
            <Link
              href={`/applications/${person.applicationId}`}
              className="text-brand-700 underline underline-offset-2 dark:text-brand-300"
            >
              {person.applicationName}
            </Link>
          </p>
        )}
        {person.planItemTitle && <p>Plan step: {person.planItemTitle}</p>}
      </header>
      <section aria-labelledby="conversations-title" className="flex flex-col gap-3">
        <h2 id="conversations-title" className="text-xl font-semibold">
          Conversations ({person.conversations.length})
        </h2>
        {person.conversations.length > 0 && (
          <ul className="flex flex-col gap-2">
            {person.conversations.map((c) => (
              <li key={c.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
                <p className="font-medium">{formatDay(c.heldOn)}</p>
                {c.notes && <p className="whitespace-pre-line">{c.notes}</p>}
                <DeleteConversationButton conversationId={c.id} label={`conversation on ${formatDay(c.heldOn)}`} />
              </li>
            ))}
          </ul>
        )}
        <ConversationForm personId={person.id} today={dayIn(new Date(), timeZone)} />
      </section>
      <section aria-labelledby="person-details-title" className="flex flex-col gap-3">
        <h2 id="person-details-title" className="text-xl font-semibold">
          Details
        </h2>
        <PersonForm key={person.version} person={person} choices={choices} />
      </section>
      <DeletePersonButton personId={person.id} name={person.name} />
    </div>
  );
}
