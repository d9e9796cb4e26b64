// Two users: Bob acting on Alice's ids must learn nothing more than from an id that does not exist.
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import {
  addCustomItemAction,
  createPlanAction,
  deleteCustomItemAction,
  editCustomItemAction,
  moveItemAction,
  reloadPlanAction,
  setItemStatusAction,
  updateItemNoteAction,
} from "@/server/plan/actions";
import { findActivePlan, findOwnedItem, listPlans } from "@/server/plan/queries";
import type { PlanView } from "@/shared/plan-view";
import { resetDatabase, testDbProvider } from "../support/db";
import { DESIGNER, dataOf, userWithPlan, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const MISSING = "cmissing0000000000000000";

type Action = (input: unknown) => Promise<unknown>;
interface Alices {
  item: string;
  middle: string;
  custom: string;
  assessment: string;
}

const cases: [string, Action, (id: string) => unknown, keyof Alices][] = [
  ["setItemStatusAction", setItemStatusAction, (itemId) => ({ itemId, status: "done", version: 1 }), "item"],
  ["updateItemNoteAction", updateItemNoteAction, (itemId) => ({ itemId, note: "Bob was here", version: 1 }), "item"],
  [
    "editCustomItemAction (custom item)",
    editCustomItemAction,
    (itemId) => ({ itemId, title: "Bob's now", detail: "", version: 1 }),
    "custom",
  ],
  [
    "editCustomItemAction (suggested item)",
    editCustomItemAction,
    (itemId) => ({ itemId, title: "Bob's now", detail: "", version: 1 }),
    "item",
  ],
  ["deleteCustomItemAction (custom item)", deleteCustomItemAction, (itemId) => ({ itemId }), "custom"],
  ["deleteCustomItemAction (suggested item)", deleteCustomItemAction, (itemId) => ({ itemId }), "item"],
  ["moveItemAction up", moveItemAction, (itemId) => ({ itemId, direction: "up" }), "middle"],
  ["moveItemAction down", moveItemAction, (itemId) => ({ itemId, direction: "down" }), "middle"],
  ["createPlanAction", createPlanAction, (assessmentId) => ({ assessmentId }), "assessment"],
];

describe(`plan actions across two users on ${testDbProvider}`, () => {
  let alice: TestUser;
  let bob: TestUser;
  let alicesPlan: PlanView;
  let ids: Alices;

  beforeEach(async () => {
    await resetDatabase();
    const a = await userWithPlan();
    alice = a.user;
    alicesPlan = a.plan;
    const custom = dataOf(await addCustomItemAction({ title: "Alice's own step", phase: 1 })).item;
    ids = { item: a.plan.items[0]!.id, middle: a.plan.items[1]!.id, custom: custom.id, assessment: a.assessmentId };
    bob = (await userWithPlan(DESIGNER)).user; // Bob has a plan of his own: "no plan" is not what stops him
  });

  it.each(cases)("%s on Alice's id answers exactly as for a missing id, and changes nothing", async (_name, action, input, which) => {
    signInAs(bob);
    const before = await databaseSnapshot();
    const missing = await action(input(MISSING));
    const foreign = await action(input(ids[which]));
    expect(missing).toMatchObject({ ok: false });
    expect(foreign).toEqual(missing);
    expect(JSON.stringify(foreign)).not.toContain(ids[which]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("the refusals are the not-found messages", async () => {
    signInAs(bob);
    const notFound = { ok: false, code: "NOT_FOUND", message: "That item was not found. It may have been removed.", fieldErrors: {} };
    expect(await setItemStatusAction({ itemId: ids.item, status: "done", version: 1 })).toEqual(notFound);
    expect(await deleteCustomItemAction({ itemId: ids.item })).toEqual(notFound);
    expect(await createPlanAction({ assessmentId: ids.assessment })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "That assessment was not found.",
      fieldErrors: {},
    });
  });

  it("also protects the items of Alice's archived plan", async () => {
    signInAs(alice);
    dataOf(await createPlanAction({ assessmentId: ids.assessment })); // archives alicesPlan
    signInAs(bob);
    const before = await databaseSnapshot();
    const archivedItem = alicesPlan.items[3]!.id;
    expect(await setItemStatusAction({ itemId: archivedItem, status: "skipped", version: 1 })).toEqual(
      await setItemStatusAction({ itemId: MISSING, status: "skipped", version: 1 }),
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("Bob's reads and additions only ever reach his own plan", async () => {
    signInAs(bob);
    const bobsPlan = dataOf(await reloadPlanAction({})).plan;
    expect(bobsPlan.id).not.toBe(alicesPlan.id);
    const { item } = dataOf(await addCustomItemAction({ title: "Bob's step", phase: 1 }));
    expect((await findActivePlan(bob.id))!.items.map((i) => i.id)).toContain(item.id);
    expect((await findActivePlan(alice.id))!.items.map((i) => i.id)).not.toContain(item.id);

    expect(await findOwnedItem(bob.id, ids.item)).toBeNull();
    expect(await findOwnedItem(alice.id, item.id)).toBeNull();
    expect((await listPlans(bob.id)).map((plan) => plan.id)).toEqual([bobsPlan.id]);
  });

  it("Alice can still do everything Bob was refused", async () => {
    signInAs(alice);
    expect((await setItemStatusAction({ itemId: ids.item, status: "done", version: 1 })).ok).toBe(true);
    expect((await editCustomItemAction({ itemId: ids.custom, title: "Renamed", detail: "", version: 1 })).ok).toBe(true);
    expect((await moveItemAction({ itemId: ids.middle, direction: "up" })).ok).toBe(true);
    expect((await deleteCustomItemAction({ itemId: ids.custom })).ok).toBe(true);
  });
});
