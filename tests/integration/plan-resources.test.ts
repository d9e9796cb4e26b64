import "../support/session";
import { beforeEach, describe, expect, it } from "vitest";
import { planToMarkdown } from "@/domain/plan/export";
import { resourcesForTemplate } from "@/domain/resource";
import { addCustomItemAction, createPlanAction } from "@/server/plan/actions";
import { toExportPlan } from "@/server/plan/export";
import { findActivePlan } from "@/server/plan/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { ENGINEER, dataOf, savedAssessment, type TestUser } from "../support/fixtures";

describe(`plan items carry curated resources on ${testDbProvider}`, () => {
  let user: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    user = await createUser();
  });

  it("looks them up by template key when the plan is read: data, not a stored column", async () => {
    const assessmentId = await savedAssessment(user, ENGINEER);
    dataOf(await createPlanAction({ assessmentId }));
    dataOf(await addCustomItemAction({ title: "Read one PM job post a day", detail: "", phase: 1 }));

    const plan = (await findActivePlan(user.id))!;
    const skillItems = plan.items.filter((i) => i.category === "skill");
    expect(skillItems.length).toBeGreaterThan(0);
    for (const item of plan.items) {
      if (item.custom) expect(item.resources).toEqual([]);
      else expect(item.resources).toEqual(resourcesForTemplate(item.templateKey!));
    }
    for (const item of skillItems) expect(item.resources.length).toBeGreaterThanOrEqual(1);

    const row = await db.planItem.findFirstOrThrow({ where: { planId: plan.id } });
    expect(Object.keys(row)).not.toContain("resources");

    const markdown = planToMarkdown(toExportPlan(plan));
    for (const r of skillItems[0]!.resources) expect(markdown).toContain(`](${r.url})`);
  });
});
