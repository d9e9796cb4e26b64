import { describe, expect, it } from "vitest";
import type { ItemStatus, PlanPhase } from "@/domain/plan";
import type { PlanItemView } from "@/shared/plan-view";
import {
  applyChange,
  filterByStatus,
  groupByPhase,
  isFinished,
  moveChange,
  neighbourOf,
  nextThree,
  planReducer,
  progressOf,
  staleItemOf,
  statusCounts,
  upsertItems,
} from "@/components/plan/plan-state";

function item(id: string, phase: PlanPhase, position: number, status: ItemStatus = "todo"): PlanItemView {
  return {
    id,
    templateKey: `t-${id}`,
    title: `Item ${id}`,
    why: "",
    detail: "",
    category: "networking",
    phase,
    position,
    skillArea: null,
    status,
    note: "",
    custom: false,
    statusChangedAt: null,
    archivedAt: null,
    version: 1,
    resources: [],
  };
}

const ids = (items: readonly PlanItemView[]) => items.map((i) => i.id);

// a, b, c in phase 1 (positions with a gap, as after a delete); d in phase 2.
const plan = [item("a", 1, 0), item("b", 1, 1), item("c", 1, 3), item("d", 2, 0)];

describe("moving within a phase", () => {
  it("finds the neighbour in the same phase only", () => {
    expect(neighbourOf(plan, "b", "up")?.id).toBe("a");
    expect(neighbourOf(plan, "b", "down")?.id).toBe("c");
    expect(neighbourOf(plan, "c", "down")).toBeUndefined(); // d is in another phase
    expect(neighbourOf(plan, "a", "up")).toBeUndefined();
    expect(neighbourOf(plan, "missing", "up")).toBeUndefined();
  });

  it("swaps positions with the neighbour, as the server does", () => {
    const change = moveChange(plan, "c", "up")!;
    const moved = applyChange(plan, change);
    expect(ids(moved)).toEqual(["a", "c", "b", "d"]);
    expect(moved.find((i) => i.id === "c")!.position).toBe(1);
    expect(moved.find((i) => i.id === "b")!.position).toBe(3);
  });

  it("gives no change at the edge of a phase", () => {
    expect(moveChange(plan, "a", "up")).toBeNull();
    expect(moveChange(plan, "c", "down")).toBeNull();
  });

  it("is idempotent, so re-applying it over the confirmed result changes nothing", () => {
    const change = moveChange(plan, "a", "down")!;
    const once = applyChange(plan, change);
    expect(applyChange(once, change)).toEqual(once);
  });
});

describe("optimistic changes", () => {
  it("sets a status without touching anything else", () => {
    const changed = applyChange(plan, { type: "status", itemId: "b", status: "done" });
    expect(changed.find((i) => i.id === "b")!.status).toBe("done");
    expect(changed.filter((i) => i.status === "done")).toHaveLength(1);
    expect(plan.find((i) => i.id === "b")!.status).toBe("todo"); // input untouched
  });

  it("removes an item", () => {
    expect(ids(applyChange(plan, { type: "remove", itemId: "b" }))).toEqual(["a", "c", "d"]);
  });
});

describe("confirmed state", () => {
  it("replaces items by id and appends new ones in phase order", () => {
    const fresh = { ...item("b", 1, 1, "done"), version: 2 };
    const added = item("e", 1, 4);
    const next = upsertItems(plan, [added, fresh]);
    expect(ids(next)).toEqual(["a", "b", "c", "e", "d"]);
    expect(next.find((i) => i.id === "b")).toEqual(fresh);
  });

  it("handles upsert, remove and reset", () => {
    const upserted = planReducer(plan, { type: "upsert", items: [item("a", 1, 0, "skipped")] });
    expect(upserted[0]!.status).toBe("skipped");
    expect(ids(planReducer(plan, { type: "remove", itemId: "a" }))).toEqual(["b", "c", "d"]);
    expect(ids(planReducer(plan, { type: "reset", items: [item("z", 2, 1), item("y", 1, 0)] }))).toEqual(["y", "z"]);
  });
});

describe("filtering, grouping and counts", () => {
  const mixed = [item("a", 1, 0, "done"), item("b", 1, 1, "in_progress"), item("c", 2, 0), item("d", 3, 0, "skipped")];

  it("filters by status; 'all' keeps everything", () => {
    expect(ids(filterByStatus(mixed, "all"))).toEqual(["a", "b", "c", "d"]);
    expect(ids(filterByStatus(mixed, "done"))).toEqual(["a"]);
    expect(filterByStatus(mixed, "todo").map((i) => i.id)).toEqual(["c"]);
  });

  it("groups by phase, every phase present", () => {
    const groups = groupByPhase([item("x", 2, 1), item("y", 2, 0)]);
    expect(groups[1]).toEqual([]);
    expect(ids(groups[2])).toEqual(["y", "x"]);
    expect(groups[3]).toEqual([]);
  });

  it("counts each status and the total", () => {
    expect(statusCounts(mixed)).toEqual({ all: 4, todo: 1, in_progress: 1, done: 1, skipped: 1 });
  });

  it("computes progress and knows when the plan is finished", () => {
    const progress = progressOf(mixed);
    expect(progress).toMatchObject({ done: 1, skipped: 1, total: 4, percent: 50 });
    expect(isFinished(progress)).toBe(false);
    expect(isFinished(progressOf([item("a", 1, 0, "done"), item("b", 1, 1, "skipped")]))).toBe(true);
    expect(isFinished(progressOf([]))).toBe(false);
  });

  it("suggests in-progress items first, then to-do by phase and position, at most three", () => {
    const items = [item("a", 1, 0), item("b", 2, 0, "in_progress"), item("c", 1, 1), item("d", 1, 2), item("e", 1, 3, "done")];
    expect(ids(nextThree(items))).toEqual(["b", "a", "c"]);
    expect(nextThree(items)[0]).toBe(items[1]); // the caller's own objects
  });
});

describe("staleItemOf", () => {
  it("accepts a plausible item and rejects anything else", () => {
    const fresh = item("a", 1, 0, "done");
    expect(staleItemOf({ item: fresh })).toBe(fresh);
    expect(staleItemOf(undefined)).toBeNull();
    expect(staleItemOf({ item: null })).toBeNull();
    expect(staleItemOf({ item: { id: "a" } })).toBeNull();
    expect(staleItemOf({ item: { ...fresh, phase: 7 } })).toBeNull();
  });
});
