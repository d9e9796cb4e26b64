"use server";

import { redirect } from "next/navigation";
import { describeMerge, summarizeMerge } from "@/domain/plan";
import {
  addCustomItemSchema,
  applyPlanUpdateSchema,
  createPlanSchema,
  editCustomItemSchema,
  itemRefSchema,
  moveItemSchema,
  setItemStatusSchema,
  updateItemNoteSchema,
} from "@/domain/plan/schemas";
import { QUOTA_MESSAGES, QUOTAS, startOfQuotaDay } from "@/domain/quotas";
import { ActionError, formAction, userAction } from "@/server/action";
import { db } from "@/server/db";
import { takeUserTurn } from "@/server/user-turn";
import { userTimeZone } from "@/server/workspace/time-zone";
import { ASSESSMENT_NOT_FOUND, ITEM_NOT_FOUND, NO_ACTIVE_PLAN } from "./messages";
import { findActivePlan } from "./queries";
import { activePlanOf, createPlanFor, endOfPhase, planItemRows, toItemView } from "./rows";
import { findActivePlanRow, findUpdateAssessment, mergeForPath, placeItems, readMergeItems } from "./update";

const ITEM_ARCHIVED = "This item was archived by a plan update, so it can't be changed. Restore it first.";

/**
 * The item, if it belongs to the user's active plan. Another user's id is treated exactly like a missing
 * one; an item of one of the user's earlier plans is read-only history (a stale tab must not record
 * progress into a plan that was replaced).
 */
async function requireOwnedItem(userId: string, itemId: string) {
  const row = await db.planItem.findFirst({
    where: { id: itemId, plan: { userId } },
    include: { plan: { select: { archivedAt: true } } },
  });
  if (!row) throw ActionError.notFound(ITEM_NOT_FOUND);
  if (row.plan.archivedAt) {
    throw ActionError.forbidden(
      "This plan has been replaced by a newer one, so its items can't be changed. Open your dashboard for the current plan.",
      "plan_replaced",
    );
  }
  return toItemView(row);
}

/**
 * Applies `data` only if the item still has `expectedVersion` (one atomic UPDATE … WHERE version = ?).
 * A stale write is refused with the fresh item, so the client can show what changed elsewhere.
 */
async function writeIfCurrent(
  userId: string,
  itemId: string,
  expectedVersion: number,
  data: Parameters<typeof db.planItem.updateMany>[0]["data"],
  /** An activity event recorded with the write, in the same transaction: both land or neither does. */
  activityKind?: string,
) {
  await requireOwnedItem(userId, itemId);
  // Everything that makes the write allowed is in the guarded `where`, so a plan replaced or an item
  // archived between the read above and this statement is refused, not written.
  const { count } = await db.$transaction(async (tx) => {
    const written = await tx.planItem.updateMany({
      where: { id: itemId, version: expectedVersion, archivedAt: null, plan: activePlanOf(userId) },
      data: { ...data, version: { increment: 1 } },
    });
    if (written.count > 0 && activityKind) await tx.activityEvent.create({ data: { userId, kind: activityKind, itemId } });
    return written;
  });
  const fresh = await requireOwnedItem(userId, itemId);
  if (fresh.archivedAt !== null) throw ActionError.forbidden(ITEM_ARCHIVED, "item_archived");
  if (count === 0) {
    throw ActionError.stale("This item changed elsewhere (another tab or device). We've loaded its latest state.", { item: fresh });
  }
  return fresh;
}

/** Builds a plan from one of the user's assessments; the previous active plan is kept as history. */
export const createPlanAction = userAction(createPlanSchema, async ({ assessmentId, path }, user) => {
  const assessment = await db.assessment.findFirst({ where: { id: assessmentId, userId: user.id } });
  if (!assessment) throw ActionError.notFound(ASSESSMENT_NOT_FOUND);

  const now = new Date();
  const timeZone = await userTimeZone(user.id);
  const planId = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    const today = await tx.plan.count({ where: { userId: user.id, createdAt: { gte: startOfQuotaDay(now, timeZone) } } });
    if (today >= QUOTAS.plansPerDay) throw ActionError.quota(QUOTA_MESSAGES.plansPerDay);
    await tx.plan.updateMany({ where: activePlanOf(user.id), data: { archivedAt: now } });
    const { plan } = await createPlanFor(tx, user.id, assessment, { path, now });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "plan_created" } });
    return plan.id;
  });
  return { planId };
});

export const setItemStatusAction = userAction(setItemStatusSchema, async ({ itemId, status, version }, user) => {
  const item = await writeIfCurrent(user.id, itemId, version, { status, statusChangedAt: new Date() }, `item_${status}`);
  return { item };
});

export const updateItemNoteAction = userAction(updateItemNoteSchema, async ({ itemId, note, version }, user) => {
  const item = await writeIfCurrent(user.id, itemId, version, { note });
  return { item };
});

export const editCustomItemAction = userAction(editCustomItemSchema, async ({ itemId, title, detail, version }, user) => {
  const existing = await requireOwnedItem(user.id, itemId);
  if (!existing.custom) throw ActionError.forbidden("Only items you added yourself can be renamed.", "suggested_item");
  const item = await writeIfCurrent(user.id, itemId, version, { title, detail });
  return { item };
});

export const addCustomItemAction = userAction(addCustomItemSchema, async ({ title, detail, phase }, user) => {
  // In one turn: two parallel additions would otherwise both read the same last position.
  const row = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    const plan = await tx.plan.findFirst({ where: activePlanOf(user.id), select: { id: true } });
    if (!plan) throw ActionError.notFound(NO_ACTIVE_PLAN);
    const own = await tx.planItem.count({ where: { planId: plan.id, custom: true } });
    if (own >= QUOTAS.customItemsPerPlan) throw ActionError.quota(QUOTA_MESSAGES.customItemsPerPlan);
    const created = await tx.planItem.create({
      data: {
        planId: plan.id,
        title,
        detail,
        why: "You added this step yourself.",
        category: "experience",
        phase,
        position: await endOfPhase(tx, plan.id, phase),
        custom: true,
      },
    });
    await tx.activityEvent.create({ data: { userId: user.id, kind: "item_added", itemId: created.id } });
    return created;
  });
  return { item: toItemView(row) };
});

export const deleteCustomItemAction = userAction(itemRefSchema, async ({ itemId }, user) => {
  const item = await requireOwnedItem(user.id, itemId);
  if (!item.custom) throw ActionError.forbidden("Suggested items can be skipped, not deleted.", "suggested_item");
  // In the user's turn, so a move in flight never swaps with a row that vanished under it; deleteMany,
  // because a parallel delete (double click, second tab) may have removed it since: that is "not found".
  const { count } = await db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id);
    return tx.planItem.deleteMany({ where: { id: item.id } });
  });
  if (count === 0) throw ActionError.notFound(ITEM_NOT_FOUND);
  return { itemId };
});

/** Swaps the item with its neighbour in the same phase (keyboard-friendly reordering). */
export const moveItemAction = userAction(moveItemSchema, async ({ itemId, direction }, user) => {
  const item = await requireOwnedItem(user.id, itemId);
  return db.$transaction(async (tx) => {
    // In one turn: parallel moves of neighbours would otherwise swap from stale positions (duplicates).
    await takeUserTurn(tx, user.id);
    const row = await tx.planItem.findUnique({ where: { id: item.id } });
    if (!row) throw ActionError.notFound(ITEM_NOT_FOUND); // deleted while we waited
    const neighbour = await tx.planItem.findFirst({
      where: {
        planId: row.planId,
        phase: row.phase,
        archivedAt: null,
        position: direction === "up" ? { lt: row.position } : { gt: row.position },
      },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour)
      throw ActionError.invalid(
        direction === "up" ? "This item is already first in its phase." : "This item is already last in its phase.",
      );
    // One statement at a time: an interactive transaction holds a single connection.
    const moved = await tx.planItem.update({
      where: { id: row.id },
      data: { position: neighbour.position, version: { increment: 1 } },
    });
    const swapped = await tx.planItem.update({
      where: { id: neighbour.id },
      data: { position: row.position, version: { increment: 1 } },
    });
    return { items: [toItemView(moved), toItemView(swapped)] };
  });
});

/** The current plan, fresh from the database (after a failed optimistic update, for instance). */
export const reloadPlanAction = userAction(itemRefSchema.partial(), async (_input, user) => {
  const plan = await findActivePlan(user.id);
  if (!plan) throw ActionError.notFound(NO_ACTIVE_PLAN);
  return { plan };
});

/**
 * createPlanAction for the /plan/new form, then on to the dashboard. Given straight to <form action>,
 * it works before the page has hydrated (and without JavaScript): the browser posts, the plan is built,
 * the redirect lands on the dashboard.
 */
export const buildPlanFormAction = formAction(
  userAction(createPlanSchema, async (input) => {
    const result = await createPlanAction(input);
    if (!result.ok) throw ActionError.invalid(result.message, result.fieldErrors);
    redirect("/dashboard");
  }),
);

/**
 * Moves the active plan to `path` (default: the assessment's recommendation). The merge is recomputed
 * here, inside the transaction, from the rows as they are now — never taken from the client — so what
 * happens is what the rules in domain/plan/merge.ts say for the current plan. Nothing is deleted; done,
 * skipped, in-progress, custom and noted items are not written at all, so their dates and notes stay.
 */
export const applyPlanUpdateAction = userAction(applyPlanUpdateSchema, async ({ assessmentId, path }, user) => {
  const now = new Date();
  return db.$transaction(async (tx) => {
    // Two confirmations (a double click, two tabs) run one after the other, and the second sees the
    // first's items instead of adding them again.
    await takeUserTurn(tx, user.id);
    const assessment = await findUpdateAssessment(tx, user.id, assessmentId);
    if (!assessment) throw ActionError.notFound(ASSESSMENT_NOT_FOUND);
    const plan = await findActivePlanRow(tx, user.id);
    if (!plan) throw ActionError.notFound(NO_ACTIVE_PLAN);
    const chosen = path ?? assessment.recommendedPath;

    await tx.plan.update({ where: { id: plan.id }, data: { path: chosen, assessmentId: assessment.id } });
    const merge = mergeForPath(assessment, chosen, await readMergeItems(tx, plan.id));
    const placement = placeItems(merge);

    // Guarded by version: an item ticked in another tab since it was read is left as it now is.
    for (const item of merge.archive) {
      await tx.planItem.updateMany({
        where: { id: item.id, planId: plan.id, version: item.version, archivedAt: null },
        data: { archivedAt: now, version: { increment: 1 } },
      });
    }
    for (const item of merge.restore) {
      await tx.planItem.updateMany({
        where: { id: item.id, planId: plan.id, version: item.version, archivedAt: { not: null } },
        data: { archivedAt: null, position: placement.restored.get(item.id) ?? item.position, version: { increment: 1 } },
      });
    }
    if (placement.add.length > 0) {
      await tx.planItem.createMany({
        data: planItemRows(plan.id, placement.add),
      });
    }
    return { planId: plan.id, path: chosen, summary: summarizeMerge(merge), description: describeMerge(merge, chosen) };
  });
});

/** Brings one archived item of the active plan back, at the end of its phase. Restoring twice is harmless. */
export const restoreItemAction = userAction(itemRefSchema, async ({ itemId }, user) => {
  return db.$transaction(async (tx) => {
    await takeUserTurn(tx, user.id); // the end-of-phase position must not race an update or an addition
    const row = await tx.planItem.findFirst({ where: { id: itemId, plan: activePlanOf(user.id) } });
    if (!row) throw ActionError.notFound(ITEM_NOT_FOUND);
    if (row.archivedAt === null) return { item: toItemView(row) };
    const restored = await tx.planItem.update({
      where: { id: row.id },
      data: { archivedAt: null, position: await endOfPhase(tx, row.planId, row.phase), version: { increment: 1 } },
    });
    return { item: toItemView(restored) };
  });
});
