// The one heavy account (docs: readings, "One heavy-account factory"): a user with every kind of workspace row
// and the longest strings a person plausibly types (names, companies, links, emails), written straight to the
// database as the app stores them. Phone-width browser tests and the performance figures start from it.
// Relative imports so Playwright's loader needs no path aliases for this file.
import { createHash, randomBytes } from "node:crypto";
import { SKILL_AREAS } from "../../src/domain/assessment";
import { STAGES } from "../../src/domain/application/model";
import type { Db } from "../../src/server/db";
import { seedAssessment, seedPlan } from "./seed";

/** A word with no break opportunity: the worst case for a phone's width. */
export const LONG_WORD = "Supercalifragilisticexpialidocious-Internationalisation-Department";
export const LONG_NAME = "Maximiliana Alexandrovna Constantinopoulou-Wolfeschlegelsteinhausenberger";
export const LONG_URL = `https://careers.example-enterprise-holdings-international.test/jobs/${"senior-associate-product-manager-".repeat(3)}12345?utm_source=newsletter&utm_campaign=autumn`;
export const LONG_EMAIL = `maximiliana.constantinopoulou-wolfeschlegelsteinhausenberger.${randomBytes(3).toString("hex")}@example-enterprise-holdings.test`;

export interface HeavyAccountOptions {
  /** Applications to create; default 12 (one in every stage and then some). */
  applications?: number;
  /** People, stories and practice sessions each; default 8. */
  others?: number;
  /** The day "today" is for the dated rows (YYYY-MM-DD dates are spread before it); default 2026-03-20. */
  today?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Fills the workspace of an existing user (`userId`): an assessment and an active plan, applications in every
 * stage with long companies, roles and links, people linked to them, conversations, practice sessions,
 * stories linked to both, a reminder, a share link and a mentor's rating. Returns the ids a test may visit.
 */
export async function seedHeavyAccount(
  db: Db,
  userId: string,
  { applications = 12, others = 8, today = new Date(Date.UTC(2026, 2, 20)) }: HeavyAccountOptions = {},
) {
  const assessment = await seedAssessment(db, userId, undefined, new Date(today.getTime() - 30 * DAY_MS));
  const plan = await seedPlan(db, userId, { assessment, createdAt: new Date(today.getTime() - 29 * DAY_MS) });
  const items = await db.planItem.findMany({ where: { planId: plan.planId }, orderBy: [{ phase: "asc" }, { position: "asc" }] });
  await db.planItem.update({ where: { id: items[1]!.id }, data: { note: `${LONG_WORD} ${LONG_URL} ${LONG_EMAIL}` } });

  const applicationIds: string[] = [];
  for (let index = 0; index < applications; index++) {
    const stage = STAGES[index % STAGES.length]!;
    const created = await db.application.create({
      data: {
        userId,
        company: `${LONG_WORD} Holdings ${index + 1}`,
        roleTitle: `Senior Associate Technical Product Manager, Platform Reliability and Developer Experience ${index + 1}`,
        link: LONG_URL,
        kind: "associate_pm",
        stage,
        followUpOn: stage === "rejected" ? null : isoDay(new Date(today.getTime() + (index - 3) * DAY_MS)),
        notes: `Recruiter: ${LONG_EMAIL}. ${LONG_WORD}`,
        feedbackFrom: stage === "rejected" ? LONG_NAME : "",
        lesson: stage === "rejected" ? `Prepare ${LONG_WORD}` : "",
        stageChanges: {
          create: [
            { stage: "researching", changedAt: new Date(today.getTime() - 20 * DAY_MS) },
            { stage, changedAt: new Date(today.getTime() - 10 * DAY_MS) },
          ],
        },
      },
    });
    applicationIds.push(created.id);
  }

  const personIds: string[] = [];
  const practiceIds: string[] = [];
  const storyIds: string[] = [];
  for (let index = 0; index < others; index++) {
    const person = await db.person.create({
      data: {
        userId,
        name: `${LONG_NAME} ${index + 1}`,
        role: `Principal Group Product Manager, ${LONG_WORD}`,
        company: `${LONG_WORD} Holdings`,
        howMet: "referral",
        lastContactOn: isoDay(new Date(today.getTime() - (index + 2) * DAY_MS)),
        nextStep: `Write to ${LONG_EMAIL}`,
        notes: LONG_URL,
        applicationId: applicationIds[index % applicationIds.length] ?? null,
        planItemId: items[index % items.length]!.id,
        conversations: {
          create: [{ heldOn: isoDay(new Date(today.getTime() - (index + 2) * DAY_MS)), notes: `${LONG_WORD} ${LONG_URL}` }],
        },
      },
    });
    personIds.push(person.id);
    const practice = await db.practiceSession.create({
      data: {
        userId,
        type: "execution",
        heldOn: isoDay(new Date(today.getTime() - (index + 1) * DAY_MS)),
        withWhom: "peer",
        notes: `${LONG_WORD} ${LONG_URL}`,
        scores: {
          create: [
            { area: "execution", score: (index % 5) + 1 },
            { area: "data", score: ((index + 2) % 5) + 1 },
          ],
        },
      },
    });
    practiceIds.push(practice.id);
    const story = await db.story.create({
      data: {
        userId,
        title: `How I rebuilt the ${LONG_WORD} onboarding funnel ${index + 1}`,
        situation: LONG_URL,
        task: LONG_EMAIL,
        action: LONG_WORD,
        result: `Cut churn 5% at ${LONG_WORD}`,
        applicationId: applicationIds[index % applicationIds.length] ?? null,
        practiceSessionId: practice.id,
        areas: { create: [{ area: SKILL_AREAS[index % SKILL_AREAS.length]! }] },
      },
    });
    storyIds.push(story.id);
  }

  await db.reminder.create({
    data: { userId, kind: "plan-item", targetId: items[2]!.id, remindAt: new Date(today.getTime() + 2 * DAY_MS) },
  });
  const token = randomBytes(32).toString("base64url");
  const shareLink = await db.shareLink.create({
    data: {
      userId,
      planId: plan.planId,
      tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
      label: `For ${LONG_NAME} at ${LONG_WORD}`,
      includeApplications: true,
      includePractice: true,
      includeStoryTitles: true,
    },
  });
  await db.mentorRating.create({
    data: {
      userId,
      shareLinkId: shareLink.id,
      mentorName: LONG_NAME,
      note: `${LONG_WORD} ${LONG_URL}`,
      scores: {
        create: [
          { area: "strategy", score: 3 },
          { area: "data", score: 2 },
        ],
      },
    },
  });

  return { assessmentId: assessment.id, planId: plan.planId, applicationIds, personIds, practiceIds, storyIds, shareToken: token };
}
