import "server-only";
import type { SkillArea } from "@/domain/assessment/schemas";
import { isPracticeType, isSkillArea, isWithWhom, type PracticeType, type WithWhom } from "@/domain/practice";
import { db } from "@/server/db";

export interface PracticeView {
  id: string;
  type: PracticeType;
  heldOn: string;
  withWhom: WithWhom;
  notes: string;
  scores: Partial<Record<SkillArea, number>>;
}

/** The user's practice sessions, newest first. Every read names the user's id. */
export async function listPractice(userId: string): Promise<PracticeView[]> {
  const rows = await db.practiceSession.findMany({
    where: { userId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    include: { scores: { select: { area: true, score: true } } },
  });
  return rows.flatMap((row) =>
    isPracticeType(row.type)
      ? [
          {
            id: row.id,
            type: row.type,
            heldOn: row.heldOn,
            withWhom: isWithWhom(row.withWhom) ? row.withWhom : "self",
            notes: row.notes,
            scores: Object.fromEntries(row.scores.filter((s) => isSkillArea(s.area)).map((s) => [s.area, s.score])),
          },
        ]
      : [],
  );
}
