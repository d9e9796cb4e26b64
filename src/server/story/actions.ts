"use server";

import { createStorySchema, MAX_STORIES, STORY_LIMIT_MESSAGE, storyRefSchema, updateStorySchema } from "@/domain/story";
import { ActionError, userAction } from "@/server/action";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { findStory } from "./queries";

const NOT_FOUND = "That story was not found. It may have been deleted.";

/** Where the story was used must be the user's own application or session; another user's id reads as missing. */
async function checkLinks(userId: string, links: { applicationId: string | null; practiceSessionId: string | null }) {
  const fieldErrors: Record<string, string[]> = {};
  if (links.applicationId && !(await db.application.findFirst({ where: { id: links.applicationId, userId }, select: { id: true } }))) {
    fieldErrors.applicationId = ["That application was not found"];
  }
  if (
    links.practiceSessionId &&
    !(await db.practiceSession.findFirst({ where: { id: links.practiceSessionId, userId }, select: { id: true } }))
  ) {
    fieldErrors.practiceSessionId = ["That practice session was not found"];
  }
  if (Object.keys(fieldErrors).length > 0) throw ActionError.invalid(INVALID_INPUT_MESSAGE, fieldErrors);
}

export const createStoryAction = userAction(createStorySchema, async ({ areas, themes, ...fields }, user) => {
  await checkLinks(user.id, fields);
  const id = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await tx.story.count({ where: { userId: user.id } })) >= MAX_STORIES) throw ActionError.quota(STORY_LIMIT_MESSAGE);
    const created = await tx.story.create({
      data: {
        ...fields,
        userId: user.id,
        areas: { create: areas.map((area) => ({ area })) },
        themes: { create: themes.map((theme) => ({ theme })) },
      },
      select: { id: true },
    });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "story_added", itemId: created.id } });
    return created.id;
  });
  return { story: (await findStory(user.id, id))! };
});

export const updateStoryAction = userAction(updateStorySchema, async ({ storyId, version, areas, themes, ...fields }, user) => {
  if (!(await findStory(user.id, storyId))) throw ActionError.notFound(NOT_FOUND);
  await checkLinks(user.id, fields);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.story.updateMany({
      where: { id: storyId, userId: user.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.storyArea.deleteMany({ where: { storyId } });
    await tx.storyArea.createMany({ data: areas.map((area) => ({ storyId, area })) });
    await tx.storyTheme.deleteMany({ where: { storyId } });
    await tx.storyTheme.createMany({ data: themes.map((theme) => ({ storyId, theme })) });
    return true;
  });
  const fresh = await findStory(user.id, storyId);
  if (!fresh) throw ActionError.notFound(NOT_FOUND);
  if (!changed)
    throw ActionError.stale("This story changed elsewhere (another tab or device). We've loaded its latest version.", { story: fresh });
  return { story: fresh };
});

export const deleteStoryAction = userAction(storyRefSchema, async ({ storyId }, user) => {
  const { count } = await db.story.deleteMany({ where: { id: storyId, userId: user.id } });
  if (count === 0) throw ActionError.notFound(NOT_FOUND);
  return { storyId };
});
