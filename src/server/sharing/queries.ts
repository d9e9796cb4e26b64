import "server-only";
import { firstNameOf, SHARE_TOKEN_PATTERN, shareLinkStatus, type ShareLinkStatus } from "@/domain/account/share-links";
import type { TransitionPath } from "@/domain/assessment";
import { isStage, STAGES, type Stage } from "@/domain/application";
import { zoneOrUtc } from "@/domain/time-zone";
import { isPracticeType, PRACTICE_TYPES, type PracticeType } from "@/domain/practice";
import { db, type Db } from "@/server/db";
import { toItemView } from "@/server/plan/rows";
import type { PlanItemView } from "@/shared/plan-view";
import { hashShareToken } from "./tokens";
import { activePlanOf } from "@/server/plan/rows";

export interface ShareLinkView {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: ShareLinkStatus;
  includeApplications: boolean;
  includePractice: boolean;
  includeStoryTitles: boolean;
}

/** The user's links, newest first. Token hashes never leave the server. */
export async function listShareLinks(userId: string, now: Date): Promise<ShareLinkView[]> {
  const rows = await db.shareLink.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      includeApplications: true,
      includePractice: true,
      includeStoryTitles: true,
    },
  });
  return rows.map((row) => ({ ...row, status: shareLinkStatus(row, now) }));
}

export async function countActiveShareLinks(userId: string, now: Date, client: Pick<Db, "shareLink"> = db): Promise<number> {
  return client.shareLink.count({
    where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  });
}

/**
 * What a mentor sees: no ids of the owner, no email, no notes, no assessment answers. Nor the items' "why":
 * it is written to the owner and quotes their ratings and background ("you rated your data skills 2 of 5").
 */
export interface SharedPlanView {
  ownerFirstName: string;
  path: TransitionPath;
  createdAt: Date;
  expiresAt: Date | null;
  /** The owner's time zone: the plan's dates are their calendar days (not shown as such). */
  timeZone: string;
  /** The owner has started a newer plan since sharing this one. */
  superseded: boolean;
  items: Pick<PlanItemView, "id" | "title" | "category" | "phase" | "position" | "status">[];
  /** Only what the owner ticked when creating the link; null when not shared. Counts and titles, no other text. */
  applicationsByStage: { stage: Stage; count: number }[] | null;
  practiceByType: { type: PracticeType; count: number }[] | null;
  storyTitles: string[] | null;
}

/** Applications per stage, every stage listed (zeros too). */
async function applicationCounts(userId: string): Promise<{ stage: Stage; count: number }[]> {
  const groups = await db.application.groupBy({ by: ["stage"], where: { userId }, _count: { _all: true } });
  const counts = new Map(groups.filter((g) => isStage(g.stage)).map((g) => [g.stage, g._count._all]));
  return STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

/** Practice sessions per type, every type listed (zeros too). */
async function practiceCounts(userId: string): Promise<{ type: PracticeType; count: number }[]> {
  const groups = await db.practiceSession.groupBy({ by: ["type"], where: { userId }, _count: { _all: true } });
  const counts = new Map(groups.filter((g) => isPracticeType(g.type)).map((g) => [g.type, g._count._all]));
  return PRACTICE_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
}

async function storyTitles(userId: string): Promise<string[]> {
  const rows = await db.story.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { title: true } });
  return rows.map((row) => row.title);
}

/**
 * The plan behind a share token, or null. Unknown, revoked and expired tokens all give the same null, so
 * the public page cannot tell anyone which of them a token was.
 */
export async function findSharedPlan(token: string, now: Date): Promise<SharedPlanView | null> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      includeApplications: true,
      includePractice: true,
      includeStoryTitles: true,
      user: { select: { name: true, timeZone: true } },
      plan: {
        select: {
          path: true,
          createdAt: true,
          archivedAt: true,
          items: { where: { archivedAt: null }, orderBy: [{ phase: "asc" }, { position: "asc" }, { createdAt: "asc" }] },
        },
      },
    },
  });
  if (!link || shareLinkStatus(link, now) !== "active") return null;
  const [applicationsByStage, practiceByType, titles] = await Promise.all([
    link.includeApplications ? applicationCounts(link.userId) : null,
    link.includePractice ? practiceCounts(link.userId) : null,
    link.includeStoryTitles ? storyTitles(link.userId) : null,
  ]);
  return {
    ownerFirstName: firstNameOf(link.user.name),
    timeZone: zoneOrUtc(link.user.timeZone),
    path: link.plan.path as TransitionPath,
    createdAt: link.plan.createdAt,
    expiresAt: link.expiresAt,
    superseded: link.plan.archivedAt !== null,
    items: link.plan.items.map(toItemView).map(({ id, title, category, phase, position, status }) => ({
      id,
      title,
      category,
      phase,
      position,
      status,
    })),
    applicationsByStage,
    practiceByType,
    storyTitles: titles,
  };
}

/** Whether the user has a plan to share or export (settings shows the controls only then). */
export async function hasActivePlan(userId: string): Promise<boolean> {
  return (await db.plan.count({ where: activePlanOf(userId) })) > 0;
}
