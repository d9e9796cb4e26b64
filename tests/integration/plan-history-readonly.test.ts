import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import {
  createPlanAction,
  deleteCustomItemAction,
  editCustomItemAction,
  moveItemAction,
  setItemStatusAction,
  updateItemNoteAction,
} from "@/server/plan/actions";
import { resetDatabase, testDbProvider } from "../support/db";
import { userWithPlan } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const REPLACED = "This plan has been replaced by a newer one, so its items can't be changed. Open your dashboard for the current plan.";

describe(`items of a replaced plan are read-only on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("refuses every item write on an archived plan with a clear message and changes nothing", async () => {
    const { user, assessmentId, plan } = await userWithPlan();
    signInAs(user);
    const old = plan.items[1]!;
    // A newer plan replaces the first one; a stale tab still shows the old items.
    expect((await createPlanAction({ assessmentId })).ok).toBe(true);
    const before = await databaseSnapshot();
    const attempts = [
      setItemStatusAction({ itemId: old.id, status: "done", version: old.version }),
      updateItemNoteAction({ itemId: old.id, note: "progress into the void", version: old.version }),
      editCustomItemAction({ itemId: old.id, title: "Renamed", detail: "", version: old.version }),
      deleteCustomItemAction({ itemId: old.id }),
      moveItemAction({ itemId: old.id, direction: "up" }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "plan_replaced", message: REPLACED, fieldErrors: {} });
    }
    expect(await databaseSnapshot()).toEqual(before);
  });
});
