// The dashboard's compact step list (issue 12): what it leaves out comes back, owner-scoped, when a step's
// details are opened.
import { beforeEach, describe, expect, it } from "vitest";
// First: it replaces the session lookup before the actions load.
import { signInAs } from "../support/session";
import { planItemDetailsAction } from "@/server/plan/item-details";
import { compactPlanItems, findActivePlan } from "@/server/plan/queries";
import { resetDatabase, testDbProvider } from "../support/db";
import { userWithPlan } from "../support/fixtures";

describe(`a step's details on demand on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("the compact list leaves out template text and resources; the action returns exactly those", async () => {
    const { user, plan } = await userWithPlan();
    signInAs(user);
    const compact = compactPlanItems(plan.items);
    const withResources = plan.items.filter((item) => item.resources.length > 0);
    expect(withResources.length).toBeGreaterThan(0);
    for (const [index, item] of plan.items.entries()) {
      const small = compact[index]!;
      expect(small).toMatchObject({ id: item.id, title: item.title, why: item.why, note: item.note, status: item.status, resources: [] });
      expect(small.detail).toBe(item.custom ? item.detail : "");
      expect(small.deferredResources).toBe(item.resources.length);
      expect(await planItemDetailsAction({ itemId: item.id })).toEqual({
        ok: true,
        data: { detail: item.detail, resources: item.resources },
      });
    }
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(plan.items).length / 2);
  });

  it("another user's step reads exactly like a missing one", async () => {
    const { plan } = await userWithPlan();
    const { user: other } = await userWithPlan();
    signInAs(other);
    const foreign = await planItemDetailsAction({ itemId: plan.items[0]!.id });
    const missing = await planItemDetailsAction({ itemId: "c000000000000000000000000" });
    expect(foreign.ok).toBe(false);
    expect(foreign).toEqual(missing);
    expect((await findActivePlan(other.id))!.items.map((i) => i.id)).not.toContain(plan.items[0]!.id);
  });
});
