// Optimistic concurrency and races: the first write wins, later writes that read the same version are
// told so with the fresh item, no update is lost, and the plan's invariants survive parallel requests.
import { beforeEach, describe, expect, it } from "vitest";
import "../support/session"; // first: replaces the session lookup before the actions load
import {
  addCustomItemAction,
  createPlanAction,
  deleteCustomItemAction,
  editCustomItemAction,
  moveItemAction,
  setItemStatusAction,
  updateItemNoteAction,
} from "@/server/plan/actions";
import { findOwnedItem } from "@/server/plan/queries";
import type { PlanView } from "@/shared/plan-view";
import { db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf, userWithPlan, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const STALE = "This item changed elsewhere (another tab or device). We've loaded its latest state.";
const NOT_FOUND = "That item was not found. It may have been removed.";
const PARALLEL = 20;

describe(`stale writes on ${testDbProvider}`, () => {
  let user: TestUser;
  let plan: PlanView;
  beforeEach(async () => {
    await resetDatabase();
    ({ user, plan } = await userWithPlan());
  });

  it("status: the first tab wins, the second gets the fresh item and changes nothing", async () => {
    const item = plan.items[0]!; // both tabs read version 1
    dataOf(await setItemStatusAction({ itemId: item.id, status: "done", version: item.version }));
    const before = await databaseSnapshot();
    const stale = await setItemStatusAction({ itemId: item.id, status: "skipped", version: item.version });
    const fresh = await findOwnedItem(user.id, item.id);
    expect(stale).toEqual({ ok: false, code: "STALE", message: STALE, fieldErrors: {}, details: { item: fresh } });
    expect(fresh).toMatchObject({ status: "done", version: 2 });
    expect(await databaseSnapshot()).toEqual(before); // no row, no activity event
  });

  it("notes: the second tab's note is refused, then saved on retry with the fresh version", async () => {
    const item = plan.items[1]!;
    dataOf(await updateItemNoteAction({ itemId: item.id, note: "From the laptop", version: 1 }));
    const stale = await updateItemNoteAction({ itemId: item.id, note: "From the phone", version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "STALE", message: STALE, details: { item: { note: "From the laptop", version: 2 } } });
    if (stale.ok) return;
    const { item: fresh } = stale.details as { item: { version: number } };
    const retried = dataOf(await updateItemNoteAction({ itemId: item.id, note: "From the phone", version: fresh.version })).item;
    expect(retried).toMatchObject({ note: "From the phone", version: 3 });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).note).toBe("From the phone");
  });

  it("a note written with an old version does not undo a status change (and vice versa)", async () => {
    const item = plan.items[2]!;
    dataOf(await setItemStatusAction({ itemId: item.id, status: "in_progress", version: 1 }));
    expect(await updateItemNoteAction({ itemId: item.id, note: "late", version: 1 })).toMatchObject({
      ok: false,
      code: "STALE",
      details: { item: { status: "in_progress", note: "", version: 2 } },
    });
    dataOf(await updateItemNoteAction({ itemId: item.id, note: "on time", version: 2 }));
    expect(await setItemStatusAction({ itemId: item.id, status: "todo", version: 2 })).toMatchObject({ ok: false });
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "in_progress",
      note: "on time",
      version: 3,
    });
  });

  it("custom-item edits: the second rename is refused with the first one's result", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Original", detail: "d", phase: 2 }));
    dataOf(await editCustomItemAction({ itemId: item.id, title: "Tab one", detail: "one", version: 1 }));
    const stale = await editCustomItemAction({ itemId: item.id, title: "Tab two", detail: "two", version: 1 });
    expect(stale).toEqual({
      ok: false,
      code: "STALE",
      message: STALE,
      fieldErrors: {},
      details: { item: await findOwnedItem(user.id, item.id) },
    });
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ title: "Tab one", detail: "one", version: 2 });
  });

  it("a move bumps the version, so a write that read the item before the move is told", async () => {
    const [first, second] = plan.items;
    dataOf(await moveItemAction({ itemId: second!.id, direction: "up" }));
    expect(await setItemStatusAction({ itemId: first!.id, status: "done", version: 1 })).toMatchObject({
      ok: false,
      code: "STALE",
      details: { item: { id: first!.id, position: 1, version: 2 } },
    });
  });
});

describe(`parallel requests on ${testDbProvider}`, () => {
  let user: TestUser;
  let plan: PlanView;
  beforeEach(async () => {
    await resetDatabase();
    ({ user, plan } = await userWithPlan());
  });

  it(`${PARALLEL} status writes with the same version: exactly one is accepted`, async () => {
    const item = plan.items[0]!;
    const statuses = ["done", "skipped", "in_progress"] as const;
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => setItemStatusAction({ itemId: item.id, status: statuses[i % 3]!, version: 1 })),
    );
    const accepted = results.filter((result) => result.ok);
    const refused = results.filter((result) => !result.ok);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(PARALLEL - 1);
    for (const result of refused) expect(result).toMatchObject({ message: STALE, details: { item: { id: item.id, version: 2 } } });

    const row = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.version).toBe(2);
    expect(row.status).toBe(accepted[0]!.ok ? accepted[0]!.data.item.status : "");
    expect(await db.activityEvent.count({ where: { itemId: item.id } })).toBe(1);
  });

  it(`${PARALLEL} note writes with the same version: exactly one note survives, the one accepted`, async () => {
    const item = plan.items[1]!;
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => updateItemNoteAction({ itemId: item.id, note: `note ${i}`, version: 1 })),
    );
    const accepted = results.flatMap((result) => (result.ok ? [result.data.item] : []));
    expect(accepted).toHaveLength(1);
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ note: accepted[0]!.note, version: 2 });
  });

  it("a chain of writes, each with the version the previous one returned, all succeed", async () => {
    const item = plan.items[2]!;
    let version = item.version;
    const steps = ["in_progress", "done", "todo", "skipped", "done"] as const;
    for (const [i, status] of steps.entries()) {
      const written = dataOf(await setItemStatusAction({ itemId: item.id, status, version })).item;
      expect(written.version).toBe(version + 1);
      version = dataOf(await updateItemNoteAction({ itemId: item.id, note: `step ${i}`, version: written.version })).item.version;
    }
    expect(await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "done", note: "step 4", version: 11 });
  });

  it("parallel writes to different items all succeed", async () => {
    const results = await Promise.all(plan.items.map((item) => setItemStatusAction({ itemId: item.id, status: "done", version: 1 })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.planItem.count({ where: { planId: plan.id, status: "done", version: 2 } })).toBe(plan.items.length);
  });

  it("parallel plan creation leaves exactly one active plan", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => createPlanAction({ assessmentId: plan.assessmentId! })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.plan.count({ where: { userId: user.id } })).toBe(6);
    expect(await db.plan.count({ where: { userId: user.id, archivedAt: null } })).toBe(1);
  });

  it("parallel additions to one phase get distinct positions at its end", async () => {
    const before = plan.items.filter((item) => item.phase === 2).length;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => addCustomItemAction({ title: `Step ${i}`, phase: 2 })));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await db.planItem.findMany({ where: { planId: plan.id, phase: 2 }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.position)).toEqual([...Array(before + 10).keys()]);
  });

  it("parallel moves in one phase keep its positions a permutation", async () => {
    const phase1 = plan.items.filter((item) => item.phase === 1);
    const moves = phase1.flatMap((item) => [
      moveItemAction({ itemId: item.id, direction: "up" }),
      moveItemAction({ itemId: item.id, direction: "down" }),
    ]);
    await Promise.all(moves);
    const rows = await db.planItem.findMany({ where: { planId: plan.id, phase: 1 }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.position)).toEqual([...phase1.keys()]);
    expect(rows.map((row) => row.id).sort()).toEqual(phase1.map((item) => item.id).sort());
  });

  it("parallel deletes of one custom item: one succeeds, the others are told it is gone", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Double-clicked", phase: 1 }));
    const results = await Promise.all(Array.from({ length: 5 }, () => deleteCustomItemAction({ itemId: item.id })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((r) => !r.ok))
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: NOT_FOUND, fieldErrors: {} });
    expect(await db.planItem.findUnique({ where: { id: item.id } })).toBeNull();
  });

  it("deleting an item while it is being moved never ends in an internal error", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: "Going away", phase: 1 }));
    const [moved, deleted] = await Promise.all([
      moveItemAction({ itemId: item.id, direction: "up" }),
      deleteCustomItemAction({ itemId: item.id }),
    ]);
    expect(deleted.ok).toBe(true);
    if (!moved.ok) expect(moved.message).toBe(NOT_FOUND);
    const rows = await db.planItem.findMany({ where: { planId: plan.id, phase: 1 }, orderBy: { position: "asc" } });
    expect(new Set(rows.map((row) => row.position)).size).toBe(rows.length);
  });
});
