import "server-only";
import { isSkillArea, PRACTICE_TYPE_LABELS, type PracticeType } from "@/domain/practice";
import { formatDay } from "@/domain/time-zone";
import { isTheme } from "@/domain/interview";
import { db } from "@/server/db";
import type { StoryView } from "@/shared/story-view";

/** "Execution practice on 3 March 2026": the session's own day (already the person's), never an ISO date. */
function practiceName(session: { type: string; heldOn: string }): string {
  const type = PRACTICE_TYPE_LABELS[session.type as PracticeType] ?? session.type.replace("_", " ");
  return `${type} practice on ${formatDay(session.heldOn)}`;
}

const include = {
  areas: { select: { area: true } },
  themes: { select: { theme: true } },
  application: { select: { company: true, roleTitle: true } },
  practiceSession: { select: { type: true, heldOn: true } },
};

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;
function findRow(userId: string, storyId: string) {
  return db.story.findFirst({ where: { id: storyId, userId }, include });
}

function toStoryView(row: Row): StoryView {
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    areas: row.areas.map((a) => a.area).filter(isSkillArea),
    themes: row.themes.map((t) => t.theme).filter(isTheme),
    applicationId: row.applicationId,
    applicationName: row.application ? `${row.application.roleTitle} at ${row.application.company}` : null,
    practiceSessionId: row.practiceSessionId,
    practiceName: row.practiceSession ? practiceName(row.practiceSession) : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The user's stories, oldest first (the order they were written). Every read names the user's id. */
export async function listStories(userId: string): Promise<StoryView[]> {
  const rows = await db.story.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include });
  return rows.map(toStoryView);
}

export async function findStory(userId: string, storyId: string): Promise<StoryView | null> {
  const row = await findRow(userId, storyId);
  return row ? toStoryView(row) : null;
}

/** Where a story can be said to have been used: the user's applications and practice sessions. */
export async function storyLinkChoices(userId: string) {
  const [applications, sessions] = await Promise.all([
    db.application.findMany({ where: { userId }, orderBy: { company: "asc" }, select: { id: true, company: true, roleTitle: true } }),
    db.practiceSession.findMany({ where: { userId }, orderBy: { heldOn: "desc" }, select: { id: true, type: true, heldOn: true } }),
  ]);
  return {
    applications: applications.map((a) => ({ id: a.id, label: `${a.roleTitle} at ${a.company}` })),
    practice: sessions.map((s) => ({ id: s.id, label: practiceName(s) })),
  };
}
