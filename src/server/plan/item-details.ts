"use server";

import { itemRefSchema } from "@/domain/plan/schemas";
import { resourcesForTemplate, type ResourceLink } from "@/domain/resource";
import { ActionError, userAction } from "@/server/action";
import { db } from "@/server/db";

export interface PlanItemDetails {
  detail: string;
  resources: ResourceLink[];
}

/**
 * A step's "how to do it" text and curated resources, fetched when its details are opened: the dashboard
 * sends the board a compact list (see compactPlanItems) instead of 18 steps' worth of text and links.
 * Read-only, owner-scoped (another user's id reads as missing), and works for earlier plans' items too.
 */
export const planItemDetailsAction = userAction(itemRefSchema, async ({ itemId }, user): Promise<PlanItemDetails> => {
  const row = await db.planItem.findFirst({
    where: { id: itemId, plan: { userId: user.id } },
    select: { detail: true, templateKey: true },
  });
  if (!row) throw ActionError.notFound("That item was not found. It may have been removed.");
  return { detail: row.detail, resources: row.templateKey ? resourcesForTemplate(row.templateKey) : [] };
});
