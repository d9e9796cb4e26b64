"use server";

import { describeMerge, summarizeMerge } from "@/domain/plan";
import { applyPlanUpdateSchema, itemRefSchema } from "@/domain/plan/schemas";
import { ActionError, userAction } from "@/server/action";
import { db } from "@/server/db";
import { findActivePlanRow, findUpdateAssessment, mergeForPath, placeItems, readMergeItems } from "./plan-update";
import { takeUserTurn } from "@/server/user-turn";
import { ASSESSMENT_NOT_FOUND, ITEM_NOT_FOUND, NO_ACTIVE_PLAN } from "./messages";
import { toItemView } from "./queries";
import { activePlanOf, endOfPhase, planItemRows } from "./rows";

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
    if (!assessment) throw new ActionError(ASSESSMENT_NOT_FOUND);
    const plan = await findActivePlanRow(tx, user.id);
    if (!plan) throw new ActionError(NO_ACTIVE_PLAN);
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
    if (!row) throw new ActionError(ITEM_NOT_FOUND);
    if (row.archivedAt === null) return { item: toItemView(row) };
    const restored = await tx.planItem.update({
      where: { id: row.id },
      data: { archivedAt: null, position: await endOfPhase(tx, row.planId, row.phase), version: { increment: 1 } },
    });
    return { item: toItemView(restored) };
  });
});
