import type { ErrorCode } from "@/shared/error-codes";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { addCustomItemAction, createPlanAction, deleteCustomItemAction, editCustomItemAction, moveItemAction } from "@/server/plan/actions";
import { findActivePlan, findOwnedItem } from "@/server/plan/queries";
import type { PlanView } from "@/shared/plan-view";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf, userWithPlan, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const failed = (code: ErrorCode, message: string) => ({ ok: false, code, message, fieldErrors: {} });

/** Item ids of one phase of the active plan, in position order. */
async function phaseOrder(userId: string, phase: number): Promise<string[]> {
  const plan = await findActivePlan(userId);
  return plan!.items.filter((item) => item.phase === phase).map((item) => item.id);
}

/** Positions of a phase's rows (active and archived), to check that they stay unique. */
async function positions(planId: string, phase: number): Promise<number[]> {
  const rows = await db.planItem.findMany({ where: { planId, phase }, orderBy: { position: "asc" } });
  return rows.map((row) => row.position);
}

describe(`custom items on ${testDbProvider}`, () => {
  let user: TestUser;
  let plan: PlanView;
  beforeEach(async () => {
    await resetDatabase();
    ({ user, plan } = await userWithPlan());
  });

  it("addCustomItemAction appends at the end of the phase, trimmed, as the user's own item", async () => {
    const phase2 = plan.items.filter((item) => item.phase === 2);
    const { item } = dataOf(await addCustomItemAction({ title: "  Write a one-page PRD  ", detail: " For the search revamp. ", phase: 2 }));
    expect(item).toMatchObject({
      title: "Write a one-page PRD",
      detail: "For the search revamp.",
      why: "You added this step yourself.",
      phase: 2,
      position: phase2.length,
      custom: true,
      templateKey: null,
      status: "todo",
      version: 1,
    });
    const second = dataOf(await addCustomItemAction({ title: "Shadow a PM", phase: 2 })).item;
    expect(second).toMatchObject({ position: phase2.length + 1, detail: "" });

    expect(await phaseOrder(user.id, 2)).toEqual([...phase2.map((i) => i.id), item.id, second.id]);
    expect(await findOwnedItem(user.id, item.id)).toEqual(item);
    expect(await positions(plan.id, 2)).toEqual([...Array(phase2.length + 2).keys()]);
    expect(await db.activityEvent.count({ where: { kind: "item_added", itemId: item.id, userId: user.id } })).toBe(1);
  });

  it("addCustomItemAction goes after archived items too, so positions stay unique", async () => {
    const lastOfPhase = plan.items.filter((item) => item.phase === 3).at(-1)!;
    await db.planItem.update({ where: { id: lastOfPhase.id }, data: { archivedAt: new Date() } });
    const { item } = dataOf(await addCustomItemAction({ title: "Mock interview", phase: 3 }));
    expect(item.position).toBe(lastOfPhase.position + 1);
    const all = await positions(plan.id, 3);
    expect(new Set(all).size).toBe(all.length);
  });

  it("addCustomItemAction adds to the active plan only, and needs one", async () => {
    const archivedPlanId = plan.id;
    dataOf(await createPlanAction({ assessmentId: plan.assessmentId! }));
    const archivedCount = await db.planItem.count({ where: { planId: archivedPlanId } });
    const { item } = dataOf(await addCustomItemAction({ title: "New plan step", phase: 1 }));
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).planId).not.toBe(archivedPlanId);
    expect(await db.planItem.count({ where: { planId: archivedPlanId } })).toBe(archivedCount);

    signInAs(await createUser());
    const before = await databaseSnapshot();
    expect(await addCustomItemAction({ title: "Orphan", phase: 1 })).toMatchObject(
      failed("NOT_FOUND", "You don't have an active plan yet. Build one from your assessment first."),
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("editCustomItemAction renames the user's own item and bumps its version", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Draft", detail: "old", phase: 1 }));
    const edited = dataOf(await editCustomItemAction({ itemId: item.id, title: " Final title ", detail: "new detail", version: 1 })).item;
    expect(edited).toMatchObject({ id: item.id, title: "Final title", detail: "new detail", version: 2, position: item.position });
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "Final title",
      detail: "new detail",
      version: 2,
    });
  });

  it("editCustomItemAction refuses suggested items and leaves them as they were", async () => {
    const suggested = plan.items[0]!;
    const before = await databaseSnapshot();
    expect(await editCustomItemAction({ itemId: suggested.id, title: "Mine now", detail: "", version: 1 })).toMatchObject(
      failed("FORBIDDEN", "Only items you added yourself can be renamed."),
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("deleteCustomItemAction deletes the user's own item only", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Temporary", phase: 1 }));
    expect(await deleteCustomItemAction({ itemId: item.id })).toEqual({ ok: true, data: { itemId: item.id } });
    expect(await db.planItem.findUnique({ where: { id: item.id } })).toBeNull();
    expect(await deleteCustomItemAction({ itemId: item.id })).toMatchObject(
      failed("NOT_FOUND", "That item was not found. It may have been removed."),
    );

    const suggested = plan.items[0]!;
    const before = await databaseSnapshot();
    expect(await deleteCustomItemAction({ itemId: suggested.id })).toMatchObject(
      failed("FORBIDDEN", "Suggested items can be skipped, not deleted."),
    );
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe(`custom items and moves refuse visitors on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("adds, edits, deletes and moves nothing for a visitor", async () => {
    const { plan } = await userWithPlan();
    const { item } = dataOf(await addCustomItemAction({ title: "Mine", phase: 1 }));
    const before = await databaseSnapshot();
    signInAs(null);
    const signedOut = failed("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    expect(await addCustomItemAction({ title: "Visitor", phase: 1 })).toMatchObject(signedOut);
    expect(await editCustomItemAction({ itemId: item.id, title: "Visitor", detail: "", version: 1 })).toMatchObject(signedOut);
    expect(await deleteCustomItemAction({ itemId: item.id })).toMatchObject(signedOut);
    expect(await moveItemAction({ itemId: plan.items[1]!.id, direction: "up" })).toMatchObject(signedOut);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe(`moveItemAction on ${testDbProvider}`, () => {
  let user: TestUser;
  let plan: PlanView;
  beforeEach(async () => {
    await resetDatabase();
    ({ user, plan } = await userWithPlan());
  });

  const phase = (n: number) => plan.items.filter((item) => item.phase === n);

  it("swaps an item with its neighbour and bumps both versions", async () => {
    const [a, b, ...rest] = phase(1);
    const { items } = dataOf(await moveItemAction({ itemId: a!.id, direction: "down" }));
    expect(items).toEqual([
      expect.objectContaining({ id: a!.id, position: b!.position, version: 2 }),
      expect.objectContaining({ id: b!.id, position: a!.position, version: 2 }),
    ]);
    expect(await phaseOrder(user.id, 1)).toEqual([b!.id, a!.id, ...rest.map((i) => i.id)]);

    dataOf(await moveItemAction({ itemId: a!.id, direction: "up" }));
    expect(await phaseOrder(user.id, 1)).toEqual(phase(1).map((i) => i.id));
    expect(await positions(plan.id, 1)).toEqual([...phase(1).keys()]);
  });

  it("stays within the phase: first up and last down are refused with a clear message", async () => {
    const before = await databaseSnapshot();
    expect(await moveItemAction({ itemId: phase(2)[0]!.id, direction: "up" })).toMatchObject(
      failed("INVALID", "This item is already first in its phase."),
    );
    expect(await moveItemAction({ itemId: phase(1).at(-1)!.id, direction: "down" })).toMatchObject(
      failed("INVALID", "This item is already last in its phase."),
    );
    expect(await moveItemAction({ itemId: phase(3).at(-1)!.id, direction: "down" })).toMatchObject(
      failed("INVALID", "This item is already last in its phase."),
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("skips archived items when looking for the neighbour", async () => {
    const [a, archived, c] = phase(2);
    await db.planItem.update({ where: { id: archived!.id }, data: { archivedAt: new Date() } });
    dataOf(await moveItemAction({ itemId: a!.id, direction: "down" }));
    const rows = await db.planItem.findMany({ where: { id: { in: [a!.id, archived!.id, c!.id] } } });
    const positionOf = (id: string) => rows.find((row) => row.id === id)!.position;
    expect(positionOf(a!.id)).toBe(c!.position);
    expect(positionOf(c!.id)).toBe(a!.position);
    expect(positionOf(archived!.id)).toBe(archived!.position);
    expect(
      (await findActivePlan(user.id))!.items
        .filter((i) => i.phase === 2)
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual([c!.id, a!.id]);
  });

  it("leaves the other phases untouched", async () => {
    const others = await db.planItem.findMany({ where: { planId: plan.id, phase: { not: 1 } }, orderBy: { id: "asc" } });
    dataOf(await moveItemAction({ itemId: phase(1)[2]!.id, direction: "up" }));
    expect(await db.planItem.findMany({ where: { planId: plan.id, phase: { not: 1 } }, orderBy: { id: "asc" } })).toEqual(others);
  });

  it("moves custom items like the others", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Mine", phase: 3 }));
    dataOf(await moveItemAction({ itemId: item.id, direction: "up" }));
    const order = await phaseOrder(user.id, 3);
    expect(order.indexOf(item.id)).toBe(order.length - 2);
  });
});
