import "server-only";
import { shareLinkStatus, type ShareLinkStatus } from "@/domain/account/share-links";
import { isSkillArea } from "@/domain/practice";
import { compareRatings, type ComparisonRow, type Ratings } from "@/domain/mentor";
import { latestAssessments } from "@/server/assessment/queries";
import { db } from "@/server/db";

export interface MentorRatingView {
  id: string;
  mentorName: string;
  note: string;
  createdAt: Date;
  /** The link it came through, so the owner knows whom they sent it to. */
  link: { id: string; label: string; status: ShareLinkStatus };
  ratings: Ratings;
  comparison: ComparisonRow[];
}

export interface MentorRatingsPage {
  /** When the self-ratings compared against were given; null when the user has no assessment yet. */
  selfRatedAt: Date | null;
  ratings: MentorRatingView[];
}

/** The owner's mentor ratings, newest first, each beside the owner's latest self-rating. Owner-scoped. */
export async function listMentorRatings(userId: string, now: Date): Promise<MentorRatingsPage> {
  const [rows, [latest]] = await Promise.all([
    db.mentorRating.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        mentorName: true,
        note: true,
        createdAt: true,
        shareLink: { select: { id: true, label: true, expiresAt: true, revokedAt: true } },
        scores: { select: { area: true, score: true } },
      },
    }),
    latestAssessments(userId, 1),
  ]);
  const self: Ratings | null = latest ? latest.input.skills : null;
  return {
    selfRatedAt: latest?.createdAt ?? null,
    ratings: rows.map((row) => {
      const ratings: Ratings = Object.fromEntries(row.scores.filter((s) => isSkillArea(s.area)).map((s) => [s.area, s.score]));
      return {
        id: row.id,
        mentorName: row.mentorName,
        note: row.note,
        createdAt: row.createdAt,
        link: { id: row.shareLink.id, label: row.shareLink.label, status: shareLinkStatus(row.shareLink, now) },
        ratings,
        comparison: compareRatings(self, ratings),
      };
    }),
  };
}

/** Ratings received per link, for the settings list. */
export async function mentorRatingCounts(userId: string): Promise<Map<string, number>> {
  const groups = await db.mentorRating.groupBy({ by: ["shareLinkId"], where: { userId }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.shareLinkId, g._count._all]));
}

export interface NewFeedback {
  id: string;
  mentorName: string;
  createdAt: Date;
}

/** Mentors' ratings created after the owner last marked their feedback seen, newest first. Owner-scoped. */
export async function listNewFeedback(userId: string): Promise<NewFeedback[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { feedbackSeenAt: true } });
  return db.mentorRating.findMany({
    where: { userId, ...(user?.feedbackSeenAt ? { createdAt: { gt: user.feedbackSeenAt } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 5,
    select: { id: true, mentorName: true, createdAt: true },
  });
}
