"use client";

import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";

type PeopleByStep = Readonly<Record<string, readonly { id: string; name: string }[]>>;

const PeopleByStepContext = createContext<PeopleByStep>({});

/** Gives the plan board the people logged for each step, without threading them through every component. */
export function PeopleByStepProvider({ value, children }: { value: PeopleByStep; children: ReactNode }) {
  return <PeopleByStepContext.Provider value={value}>{children}</PeopleByStepContext.Provider>;
}

/** "People you logged for this step", on a plan item card; nothing when there are none. */
export function StepPeople({ itemId }: { itemId: string }) {
  const people = useContext(PeopleByStepContext)[itemId];
  if (!people?.length) return null;
  return (
    <div className="text-sm">
      <span className="font-semibold">People you logged for this step: </span>
      {people.map((person, index) => (
        <span key={person.id}>
          {index > 0 && ", "}
          <Link href={`/people/${person.id}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
            {person.name}
          </Link>
        </span>
      ))}
    </div>
  );
}
