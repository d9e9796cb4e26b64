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
  questionId: string | null;
  version: number;
  scores: { area: string; score: number }[];
  mock: { partnerName: string; note: string; scoredAt: Date | null; scores: { area: string; score: number }[] } | null;
};

const include = {
  scores: { select: { area: true, score: true } },
  mock: { select: { partnerName: true, note: true, scoredAt: true, scores: { select: { area: true, score: true } } } },
} as const;

const areaScores = (scores: { area: string; score: number }[]) =>
  Object.fromEntries(scores.filter((s) => isSkillArea(s.area)).map((s) => [s.area, s.score]));

function toView(row: PracticeRow): PracticeView | null {
  if (!isPracticeType(row.type)) return null;
  return {
    id: row.id,
    type: row.type,
    heldOn: row.heldOn,
    withWhom: isWithWhom(row.withWhom) ? row.withWhom : "self",
    notes: row.notes,
    questionId: row.questionId,
    scores: areaScores(row.scores),
    mock: row.mock
      ? {
          partnerName: row.mock.partnerName,
          note: row.mock.note,
          scoredAt: row.mock.scoredAt?.toISOString() ?? null,
          scores: areaScores(row.mock.scores),
        }
      : null,
    version: row.version,
  };
}

/** One of the user's sessions, or null: another user's id reads exactly like a missing one. */
export async function findPractice(userId: string, id: string): Promise<PracticeView | null> {
  const row = await db.practiceSession.findFirst({
    where: { id, userId },
    include,
  });
  return row ? toView(row) : null;
}

/** The user's practice sessions, newest first. Every read names the user's id. */
export async function listPractice(userId: string): Promise<PracticeView[]> {
  const rows = await db.practiceSession.findMany({
    where: { userId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    include,
  });
  return rows.flatMap((row) => toView(row) ?? []);
}
