import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/domain/duration";
import { phaseOnIn } from "@/domain/plan/plan-days";
import {
  ITEM_STATUSES,
  ITEM_STATUS_LABELS,
  PHASE_LABELS,
  PLAN_ITEM_CATEGORIES,
  PLAN_PHASES,
  isItemStatus,
  isPlanItemCategory,
  isPlanPhase,
  nextActions,
  planProgress,
  type ActionableItem,
  type ItemStatus,
  type PlanItemCategory,
  type PlanPhase,
  type ProgressItem,
} from "@/domain/plan";

const ARCHIVED = new Date("2025-03-01T00:00:00Z");

const item = (
  status: ItemStatus,
  o: Partial<{ category: PlanItemCategory; phase: PlanPhase; archivedAt: Date | null }> = {},
): ProgressItem => ({ category: o.category ?? "networking", phase: o.phase ?? 1, status, archivedAt: o.archivedAt ?? null });

describe("planProgress", () => {
  it("is all zeros, never NaN, for an empty plan", () => {
    const p = planProgress([]);
    expect(p).toMatchObject({ done: 0, skipped: 0, total: 0, percent: 0 });
    for (const cat of PLAN_ITEM_CATEGORIES) expect(p.byCategory[cat]).toEqual({ done: 0, skipped: 0, total: 0, percent: 0 });
    for (const phase of PLAN_PHASES) expect(p.byPhase[phase].percent).toBe(0);
  });

  it("is all zeros when every item is archived", () => {
    const p = planProgress([item("done", { archivedAt: ARCHIVED }), item("todo", { archivedAt: ARCHIVED })]);
    expect(p).toMatchObject({ done: 0, skipped: 0, total: 0, percent: 0 });
  });

  it("counts done and skipped as finished and rounds the percentage", () => {
    const p = planProgress([item("done"), item("skipped"), item("todo")]);
    expect(p).toMatchObject({ done: 1, skipped: 1, total: 3, percent: 67 });
    expect(planProgress([item("done"), item("todo"), item("todo")]).percent).toBe(33);
    expect(planProgress([item("in_progress"), item("todo")]).percent).toBe(0);
    expect(planProgress([item("done"), item("skipped")]).percent).toBe(100);
  });

  it("leaves archived items out", () => {
    const p = planProgress([item("done"), item("todo"), item("todo", { archivedAt: ARCHIVED })]);
    expect(p).toMatchObject({ done: 1, total: 2, percent: 50 });
  });

  it("breaks progress down per category and per phase", () => {
    const p = planProgress([
      item("done", { category: "skill", phase: 1 }),
      item("todo", { category: "skill", phase: 2 }),
      item("skipped", { category: "mindset", phase: 2 }),
      item("done", { category: "path", phase: 3, archivedAt: ARCHIVED }),
    ]);
    expect(p.byCategory.skill).toEqual({ done: 1, skipped: 0, total: 2, percent: 50 });
    expect(p.byCategory.mindset).toEqual({ done: 0, skipped: 1, total: 1, percent: 100 });
    expect(p.byCategory.path).toEqual({ done: 0, skipped: 0, total: 0, percent: 0 });
    expect(p.byPhase[1]).toEqual({ done: 1, skipped: 0, total: 1, percent: 100 });
    expect(p.byPhase[2]).toEqual({ done: 0, skipped: 1, total: 2, percent: 50 });
    expect(p.byPhase[3].total).toBe(0);
  });

  it("keeps totals consistent for any list (property)", () => {
    const itemArb = fc.record({
      category: fc.constantFrom(...PLAN_ITEM_CATEGORIES),
      phase: fc.constantFrom(...PLAN_PHASES),
      status: fc.constantFrom(...ITEM_STATUSES),
      archivedAt: fc.option(fc.constant(ARCHIVED), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), (items) => {
        const p = planProgress(items);
        expect(Number.isInteger(p.percent)).toBe(true);
        expect(p.percent).toBeGreaterThanOrEqual(0);
        expect(p.percent).toBeLessThanOrEqual(100);
        expect(p.total).toBe(items.filter((i) => !i.archivedAt).length);
        const sum = (f: (x: { total: number; done: number }) => number, parts: { total: number; done: number }[]) =>
          parts.reduce((a, x) => a + f(x), 0);
        expect(sum((x) => x.total, Object.values(p.byCategory))).toBe(p.total);
        expect(sum((x) => x.done, Object.values(p.byPhase))).toBe(p.done);
      }),
    );
  });
});

describe("nextActions", () => {
  let n = 0;
  const a = (status: ItemStatus, phase: PlanPhase, position: number, archivedAt: Date | null = null) => ({
    id: `a${++n}`,
    status,
    phase,
    position,
    archivedAt,
  });

  it("puts in-progress items first, then to-dos by phase and position", () => {
    const items = [a("todo", 2, 0), a("todo", 1, 3), a("in_progress", 3, 1), a("done", 1, 0), a("todo", 1, 1), a("in_progress", 2, 5)];
    const next = nextActions(items, 3);
    expect(next.map((i) => [i.status, i.phase, i.position])).toEqual([
      ["in_progress", 2, 5],
      ["in_progress", 3, 1],
      ["todo", 1, 1],
    ]);
    expect(next[0]).toBe(items[5]);
    expect(nextActions(items, 10).map((i) => i.status)).toEqual(["in_progress", "in_progress", "todo", "todo", "todo"]);
  });

  it("defaults to three and never suggests done, skipped or archived items", () => {
    const items: ActionableItem[] = [
      a("done", 1, 0),
      a("skipped", 1, 1),
      a("todo", 1, 2, ARCHIVED),
      a("in_progress", 1, 3, ARCHIVED),
      a("todo", 3, 0),
      a("todo", 2, 0),
      a("todo", 2, 1),
      a("todo", 1, 9),
    ];
    expect(nextActions(items).map((i) => [i.phase, i.position])).toEqual([
      [1, 9],
      [2, 0],
      [2, 1],
    ]);
  });

  it("tolerates empty lists, short lists and silly limits, without reordering the input", () => {
    expect(nextActions([])).toEqual([]);
    const items = [a("todo", 2, 0), a("todo", 1, 0)];
    const copy = [...items];
    expect(nextActions(items, 3)).toHaveLength(2);
    expect(nextActions(items, 0)).toEqual([]);
    expect(nextActions(items, -1)).toEqual([]);
    expect(items).toEqual(copy);
  });
});

describe("model helpers", () => {
  it("labels every status and phase", () => {
    for (const s of ITEM_STATUSES) expect(ITEM_STATUS_LABELS[s]).toBeTruthy();
    expect(PHASE_LABELS).toEqual({ 1: "First 30 days", 2: "Days 31–60", 3: "Days 61–90" });
  });

  it("recognises stored strings without trusting them", () => {
    expect(isItemStatus("done")).toBe(true);
    expect(isItemStatus("finished")).toBe(false);
    expect(isPlanItemCategory("skill")).toBe(true);
    expect(isPlanItemCategory("custom")).toBe(false);
    expect(isPlanPhase(2)).toBe(true);
    expect(isPlanPhase(4)).toBe(false);
    expect(isPlanPhase("2")).toBe(false);
  });

  it("tells which phase a plan is in from its start and now, in the person's calendar days", () => {
    const start = new Date("2025-01-01T12:00:00Z");
    const day = (d: number) => new Date(start.getTime() + d * DAY_MS);
    const phaseInUtc = (s: Date, now: Date) => phaseOnIn(s, now, "UTC");
    expect(phaseInUtc(start, day(-3))).toBe(1);
    expect(phaseInUtc(start, day(0))).toBe(1);
    expect(phaseInUtc(start, day(29))).toBe(1);
    expect(phaseInUtc(start, day(30))).toBe(2);
    expect(phaseInUtc(start, day(59))).toBe(2);
    expect(phaseInUtc(start, day(60))).toBe(3);
    expect(phaseInUtc(start, day(400))).toBe(3);
  });
});
