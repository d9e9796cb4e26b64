"use server";

import {
  CONVERSATION_LIMIT_MESSAGE,
  conversationRefSchema,
  createPersonSchema,
  logConversationSchema,
  MAX_CONVERSATIONS_PER_PERSON,
  MAX_PEOPLE,
  PEOPLE_LIMIT_MESSAGE,
  personRefSchema,
  updatePersonSchema,
} from "@/domain/person";
import { pastDayError } from "@/domain/day-rules";
import { ActionError, userAction } from "@/server/action";
import { userToday } from "@/server/workspace/time-zone";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { findPerson } from "./queries";
import type { PersonView } from "@/shared/person-view";

const NOT_FOUND = "That person was not found. They may have been deleted.";
const CHANGED_ELSEWHERE = "This person changed elsewhere (another tab or device). We've loaded the latest details.";

async function requireOwned(userId: string, personId: string): Promise<PersonView> {
  const person = await findPerson(userId, personId);
  if (!person) throw ActionError.notFound(NOT_FOUND);
  return person;
}

/**
 * The referral application and plan step must be the user's own: another user's id is refused at the field
 * with the same words as a missing one.
 */
async function checkLinks(userId: string, links: { applicationId: string | null; planItemId: string | null }): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (links.applicationId && !(await db.application.findFirst({ where: { id: links.applicationId, userId }, select: { id: true } }))) {
    fieldErrors.applicationId = ["That application was not found"];
  }
  if (links.planItemId && !(await db.planItem.findFirst({ where: { id: links.planItemId, plan: { userId } }, select: { id: true } }))) {
    fieldErrors.planItemId = ["That plan step was not found"];
  }
  if (Object.keys(fieldErrors).length > 0) throw ActionError.invalid(INVALID_INPUT_MESSAGE, fieldErrors);
}

/** A last contact or a conversation already happened: never after today in the user's calendar. */
async function checkPastDay(userId: string, field: "lastContactOn" | "heldOn", day: string | null | undefined): Promise<void> {
  const error = pastDayError(day, await userToday(userId));
  if (error) throw ActionError.invalid(INVALID_INPUT_MESSAGE, { [field]: [error] });
}

export const createPersonAction = userAction(createPersonSchema, async (fields, user) => {
  await checkLinks(user.id, fields);
  await checkPastDay(user.id, "lastContactOn", fields.lastContactOn);
  const id = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await tx.person.count({ where: { userId: user.id } })) >= MAX_PEOPLE) throw ActionError.quota(PEOPLE_LIMIT_MESSAGE);
    const created = await tx.person.create({ data: { ...fields, userId: user.id }, select: { id: true } });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "person_added", itemId: created.id } });
    return created.id;
  });
  return { person: await requireOwned(user.id, id) };
});

export const updatePersonAction = userAction(updatePersonSchema, async ({ personId, version, ...fields }, user) => {
  await requireOwned(user.id, personId);
  await checkLinks(user.id, fields);
  await checkPastDay(user.id, "lastContactOn", fields.lastContactOn);
  const { count } = await db.person.updateMany({
    where: { id: personId, userId: user.id, version },
    data: { ...fields, version: { increment: 1 } },
  });
  const fresh = await requireOwned(user.id, personId);
  if (count === 0) throw ActionError.stale(CHANGED_ELSEWHERE, { person: fresh });
  return { person: fresh };
});

export const deletePersonAction = userAction(personRefSchema, async ({ personId }, user) => {
  const { count } = await db.person.deleteMany({ where: { id: personId, userId: user.id } });
  if (count === 0) throw ActionError.notFound(NOT_FOUND);
  return { personId };
});

/** Logs an informational conversation; the person's last contact moves forward to it (never back). */
export const logConversationAction = userAction(logConversationSchema, async ({ personId, heldOn, notes }, user) => {
  const person = await requireOwned(user.id, personId);
  await checkPastDay(user.id, "heldOn", heldOn);
  await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    if ((await tx.conversation.count({ where: { personId } })) >= MAX_CONVERSATIONS_PER_PERSON)
      throw ActionError.quota(CONVERSATION_LIMIT_MESSAGE);
    await tx.conversation.create({ data: { personId, heldOn, notes } });
    if (!person.lastContactOn || person.lastContactOn < heldOn) {
      await tx.person.updateMany({ where: { id: personId, userId: user.id }, data: { lastContactOn: heldOn, version: { increment: 1 } } });
    }
    await tx.activityEvent.create({ data: { userId: user.id, kind: "conversation_logged", itemId: personId } });
  });
  return { person: await requireOwned(user.id, personId) };
});

export const deleteConversationAction = userAction(conversationRefSchema, async ({ conversationId }, user) => {
  const { count } = await db.conversation.deleteMany({ where: { id: conversationId, person: { userId: user.id } } });
  if (count === 0) throw ActionError.notFound("That conversation was not found.");
  return { conversationId };
});
