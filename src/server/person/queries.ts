import "server-only";
import { isHowMet } from "@/domain/person";
import { db } from "@/server/db";
import { activePlanOf } from "@/server/plan/rows";
import type { PersonView, LinkChoice } from "@/shared/person-view";

/** Every read here names the user's id in its `where`: another user's rows are never reachable. */

const include = {
  application: { select: { company: true, roleTitle: true } },
  planItem: { select: { title: true } },
  conversations: {
    orderBy: [{ heldOn: "desc" as const }, { createdAt: "desc" as const }],
    select: { id: true, heldOn: true, notes: true },
  },
};

function findRow(userId: string, personId: string) {
  return db.person.findFirst({ where: { id: personId, userId }, include });
}

function toPersonView(row: NonNullable<Awaited<ReturnType<typeof findRow>>>): PersonView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    company: row.company,
    howMet: isHowMet(row.howMet) ? row.howMet : "colleague",
    lastContactOn: row.lastContactOn,
    nextStep: row.nextStep,
    notes: row.notes,
    applicationId: row.applicationId,
    applicationName: row.application ? `${row.application.roleTitle} at ${row.application.company}` : null,
    planItemId: row.planItemId,
    planItemTitle: row.planItem?.title ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    conversations: row.conversations,
  };
}

/** The user's people by name; the first `take` of them when given (the people page shows a window). */
export async function listPeople(userId: string, take?: number): Promise<PersonView[]> {
  const rows = await db.person.findMany({
    where: { userId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include,
    ...(take ? { take } : {}),
  });
  return rows.map(toPersonView);
}

export async function countPeople(userId: string): Promise<number> {
  return db.person.count({ where: { userId } });
}

/** One of the user's people; null for another user's id exactly as for a missing one. */
export async function findPerson(userId: string, personId: string): Promise<PersonView | null> {
  const row = await findRow(userId, personId);
  return row ? toPersonView(row) : null;
}

/** The people linked to each step of the user's plans, by plan item id (for the plan board). */
export async function peopleByPlanItem(userId: string): Promise<Record<string, { id: string; name: string }[]>> {
  const rows = await db.person.findMany({
    where: { userId, planItemId: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, planItemId: true },
  });
  const byItem: Record<string, { id: string; name: string }[]> = {};
  for (const row of rows) (byItem[row.planItemId!] ??= []).push({ id: row.id, name: row.name });
  return byItem;
}

/** What a person can be linked to: the user's applications and the steps of their active plan. */
export async function linkChoices(userId: string): Promise<{ applications: LinkChoice[]; planItems: LinkChoice[] }> {
  const [applications, items] = await Promise.all([
    db.application.findMany({ where: { userId }, orderBy: { company: "asc" }, select: { id: true, company: true, roleTitle: true } }),
    db.planItem.findMany({
      where: { plan: activePlanOf(userId), archivedAt: null },
      orderBy: [{ phase: "asc" }, { position: "asc" }],
      select: { id: true, title: true, category: true },
    }),
  ]);
  return {
    applications: applications.map((a) => ({ id: a.id, label: `${a.roleTitle} at ${a.company}` })),
    // Networking steps first: that is where people usually belong.
    planItems: [...items.filter((i) => i.category === "networking"), ...items.filter((i) => i.category !== "networking")].map((i) => ({
      id: i.id,
      label: i.title,
    })),
  };
}
