import "server-only";
import { isPracticeType, isSkillArea, isWithWhom } from "@/domain/practice";
import { db } from "@/server/db";
import type { PracticeView } from "@/shared/practice-view";

type PracticeRow = {
  id: string;
  type: string;
  heldOn: string;
  withWhom: string;
  notes: string;
  version: number;
  scores: { area: string; score: number }[];
};

function toView(row: PracticeRow): PracticeView | null {
  if (!isPracticeType(row.type)) return null;
  return {
    id: row.id,
    type: row.type,
    heldOn: row.heldOn,
    withWhom: isWithWhom(row.withWhom) ? row.withWhom : "self",
    notes: row.notes,
    scores: Object.fromEntries(row.scores.filter((s) => isSkillArea(s.area)).map((s) => [s.area, s.score])),
    version: row.version,
  };
}

/** One of the user's sessions, or null: another user's id reads exactly like a missing one. */
export async function findPractice(userId: string, id: string): Promise<PracticeView | null> {
  const row = await db.practiceSession.findFirst({
    where: { id, userId },
    include: { scores: { select: { area: true, score: true } } },
  });
  return row ? toView(row) : null;
}

/** The user's practice sessions, newest first. Every read names the user's id. */
export async function listPractice(userId: string): Promise<PracticeView[]> {
  const rows = await db.practiceSession.findMany({
    where: { userId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    include: { scores: { select: { area: true, score: true } } },
  });
  return rows.flatMap((row) => toView(row) ?? []);
}
