import "server-only";
import { db } from "@/server/db";
import { exportWorkspace } from "@/server/workspace/export";

/** Bumped when the shape below changes, so a reader of an old file can tell. */
export const ACCOUNT_EXPORT_FORMAT = "pm-pathfinder-account-export/1";

/** Rows read per query: the export is written as it is read, so memory stays flat however much a user has. */
const PAGE = 100;

const ITEM_FIELDS = {
  id: true,
  templateKey: true,
  title: true,
  why: true,
  detail: true,
  category: true,
  phase: true,
  position: true,
  skillArea: true,
  status: true,
  note: true,
  custom: true,
  statusChangedAt: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Every row of one table, a page at a time, in (createdAt, id) order; `read` gets the cursor. */
async function* paged<T extends { id: string }>(read: (cursor: { skip: number; cursor?: { id: string } }) => Promise<T[]>) {
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await read(cursor ? { skip: 1, cursor } : { skip: 0 });
    yield* rows;
    if (rows.length < PAGE) return;
    cursor = { id: rows[rows.length - 1]!.id };
  }
}

/** `"name": [ … ]` with one JSON value per row. */
async function* jsonArray(name: string, rows: AsyncIterable<unknown>, last = false) {
  yield `  ${JSON.stringify(name)}: [`;
  let first = true;
  for await (const row of rows) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(row)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}]${last ? "" : ","}\n`;
}

/**
 * Everything stored about the user, as JSON text in pieces (one object: profile, assessments, draft, plans
 * with their items, share links, mentors' ratings, sign-ins, activity, mail settings, reminders, and the workspace's
 * applications, people, practice with partners' mock scores, stories with their themes, and mock links), read a page at a time. Left
 * out on purpose: the password hash, share-link and emailed-link token hashes, the mail outbox, sessions and
 * the session version — secrets or internals, not the user's data. Null when the user does not exist.
 */
export async function accountExportChunks(userId: string, now: Date): Promise<AsyncGenerator<string> | null> {
  const profile = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      timeZone: true,
      feedbackSeenAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!profile) return null;
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  return (async function* () {
    yield `{\n  "format": ${JSON.stringify(ACCOUNT_EXPORT_FORMAT)},\n  "exportedAt": ${JSON.stringify(now)},\n`;
    yield `  "profile": ${JSON.stringify(profile)},\n`;
    yield* jsonArray(
      "assessments",
      paged((page) =>
        db.assessment.findMany({
          where: { userId },
          orderBy: order,
          take: PAGE,
          ...page,
          select: { id: true, createdAt: true, modelVersion: true, readiness: true, recommendedPath: true, input: true, result: true },
        }),
      ),
    );
    const draft = await db.assessmentDraft.findUnique({ where: { userId }, select: { step: true, answers: true, updatedAt: true } });
    yield `  "assessmentDraft": ${JSON.stringify(draft)},\n`;
    yield* jsonArray(
      "plans",
      (async function* () {
        const plans = paged((page) =>
          db.plan.findMany({
            where: { userId },
            orderBy: order,
            take: PAGE,
            ...page,
            select: { id: true, path: true, assessmentId: true, createdAt: true, targetDate: true, archivedAt: true },
          }),
        );
        for await (const plan of plans) {
          // A plan holds a bounded number of items (the templates plus at most 200 of the user's own).
          const items = await db.planItem.findMany({
            where: { planId: plan.id, plan: { userId } },
            orderBy: [{ phase: "asc" }, { position: "asc" }],
            select: ITEM_FIELDS,
          });
          yield { ...plan, items };
        }
      })(),
    );
    yield* jsonArray(
      "shareLinks",
      paged((page) =>
        db.shareLink.findMany({
          where: { userId },
          orderBy: order,
          take: PAGE,
          ...page,
          select: {
            id: true,
            planId: true,
            label: true,
            createdAt: true,
            expiresAt: true,
            revokedAt: true,
            includeApplications: true,
            includePractice: true,
            includeStoryTitles: true,
          },
        }),
      ),
    );
    // Ratings mentors gave through the user's links: the user's data, with the link they came through.
    yield* jsonArray(
      "mentorRatings",
      paged((page) =>
        db.mentorRating.findMany({
          where: { userId },
          orderBy: order,
          take: PAGE,
          ...page,
          select: {
            id: true,
            shareLinkId: true,
            mentorName: true,
            note: true,
            createdAt: true,
            scores: { orderBy: { area: "asc" }, select: { area: true, score: true } },
          },
        }),
      ),
    );
    yield* jsonArray(
      "signIns",
      (async function* () {
        const rows = paged((page) =>
          db.signInEvent.findMany({
            where: { userId },
            orderBy: order,
            take: PAGE,
            ...page,
            select: { id: true, createdAt: true, userAgent: true },
          }),
        );
        for await (const { createdAt, userAgent } of rows) yield { createdAt, userAgent };
      })(),
    );
    yield* jsonArray(
      "activity",
      (async function* () {
        const rows = paged((page) =>
          db.activityEvent.findMany({
            where: { userId },
            orderBy: order,
            take: PAGE,
            ...page,
            select: { id: true, kind: true, itemId: true, createdAt: true },
          }),
        );
        for await (const { kind, itemId, createdAt } of rows) yield { kind, itemId, createdAt };
      })(),
    );
    const mailSettings = await db.mailSettings.findUnique({ where: { userId }, select: { weeklyDigest: true, reminders: true } });
    yield `  "mailSettings": ${JSON.stringify(mailSettings)},\n`;
    yield* jsonArray(
      "reminders",
      (async function* () {
        const rows = paged((page) =>
          db.reminder.findMany({
            where: { userId },
            orderBy: [{ remindAt: "asc" }, { id: "asc" }],
            take: PAGE,
            ...page,
            select: { id: true, kind: true, targetId: true, remindAt: true, sentAt: true },
          }),
        );
        for await (const { kind, targetId, remindAt, sentAt } of rows) yield { kind, targetId, remindAt, sentAt };
      })(),
    );
    // The workspace's tables are capped per user (500 applications, 1,000 people and sessions, 500 stories),
    // so they are read whole, one table at a time.
    const workspace = await exportWorkspace(userId);
    const sections = Object.entries(workspace);
    for (const [index, [name, rows]] of sections.entries()) {
      yield* jsonArray(
        name,
        (async function* () {
          yield* rows;
        })(),
        index === sections.length - 1,
      );
    }
    yield "}\n";
  })();
}

export interface AccountExport {
  format: string;
  exportedAt: string;
  profile: { id: string; name: string; email: string };
  assessments: { id: string }[];
  assessmentDraft: unknown;
  plans: { id: string; items: { id: string; title: string; detail: string; note: string }[] }[];
  shareLinks: { id: string }[];
  mentorRatings: { id: string; shareLinkId: string; mentorName: string; note: string; scores: { area: string; score: number }[] }[];
  signIns: { createdAt: string; userAgent: string }[];
  activity: { kind: string }[];
  mailSettings: { weeklyDigest: boolean; reminders: boolean } | null;
  reminders: { kind: string; targetId: string; remindAt: string; sentAt: string | null }[];
  applications: { id: string; company: string; stageChanges: { stage: string }[] }[];
  people: { id: string; name: string; conversations: { id: string }[] }[];
  practice: {
    id: string;
    type: string;
    questionId: string | null;
    scores: { area: string; score: number }[];
    mock: { mockLinkId: string; partnerName: string; note: string; scores: { area: string; score: number }[] } | null;
  }[];
  stories: { id: string; title: string; areas: { area: string }[]; themes: { theme: string }[] }[];
  mockLinks: { id: string; label: string; questions: { questionId: string; sessionId: string }[] }[];
}

/**
 * The export as a parsed object (for tests and small callers); the download streams accountExportChunks.
 * @internal Read by the integration tests only (knip --production skips @internal exports).
 */
export async function buildAccountExport(userId: string, now: Date) {
  const chunks = await accountExportChunks(userId, now);
  if (!chunks) return null;
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return JSON.parse(text) as AccountExport;
}
