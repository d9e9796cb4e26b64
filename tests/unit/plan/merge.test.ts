import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ITEM_STATUSES,
  describeMerge,
  generatePlan,
  planPathChange,
  summarizeMerge,
  type ExistingItem,
  type GeneratedItem,
} from "@/domain/plan";
import { existing, makeInput, makeResult, stored } from "./fixtures";

const DONE_AT = new Date("2025-02-10T09:30:00Z");
const ARCHIVED_AT = new Date("2025-02-20T09:30:00Z");

const gen = (key: string, o: Partial<GeneratedItem> = {}): GeneratedItem => ({
  templateKey: key,
  title: o.title ?? `Title of ${key}`,
  why: "Because it matters.",
  detail: "Do this. Then that.",
  category: o.category ?? "networking",
  phase: o.phase ?? 1,
  position: o.position ?? 0,
  ...(o.skillArea ? { skillArea: o.skillArea } : {}),
});

const ids = (items: ExistingItem[]) => items.map((i) => i.id);

describe("planPathChange", () => {
  it("adds generated items that have no equivalent", () => {
    const merge = planPathChange({ existing: [], generated: [gen("a"), gen("b", { phase: 2 })] });
    expect(merge.add.map((i) => i.templateKey)).toEqual(["a", "b"]);
    expect(merge).toMatchObject({ keep: [], restore: [], archive: [], stillArchived: [] });
  });

  it("keeps an existing item with the same templateKey instead of adding a duplicate", () => {
    const mine = existing({ templateKey: "a", title: "My wording" });
    const merge = planPathChange({ existing: [mine], generated: [gen("a")] });
    expect(merge.add).toEqual([]);
    expect(merge.keep).toEqual([mine]);
  });

  it("restores an archived item whose templateKey applies again", () => {
    const old = existing({ templateKey: "a", archivedAt: ARCHIVED_AT });
    const merge = planPathChange({ existing: [old], generated: [gen("a")] });
    expect(merge.restore).toEqual([old]);
    expect(merge.add).toEqual([]);
    expect(merge.keep).toEqual([]);
  });

  it("prefers the active item when an archived twin exists", () => {
    const archived = existing({ templateKey: "a", archivedAt: ARCHIVED_AT });
    const active = existing({ templateKey: "a" });
    const merge = planPathChange({ existing: [archived, active], generated: [gen("a")] });
    expect(merge.keep).toEqual([active]);
    expect(merge.stillArchived).toEqual([archived]);
    expect(merge.restore).toEqual([]);
  });

  it("treats an item with the same title as equivalent, so the user's own item isn't duplicated", () => {
    const custom = existing({ templateKey: null, custom: true, title: "  join an ONLINE product community " });
    const merge = planPathChange({
      existing: [custom],
      generated: [gen("networking.online_community", { title: "Join an online product community" })],
    });
    expect(merge.add).toEqual([]);
    expect(merge.keep).toEqual([custom]);
  });

  it("keeps done and skipped items that no longer apply, with their dates untouched", () => {
    const done = existing({ status: "done", statusChangedAt: DONE_AT });
    const skipped = existing({ status: "skipped", statusChangedAt: DONE_AT });
    const snapshot = structuredClone([done, skipped]);
    const merge = planPathChange({ existing: [done, skipped], generated: [gen("new")] });
    expect(merge.keep).toEqual([done, skipped]);
    expect(merge.keep[0]).toBe(done);
    expect(merge.archive).toEqual([]);
    expect([done, skipped]).toEqual(snapshot);
    expect(done.statusChangedAt).toEqual(DONE_AT);
  });

  it("archives untouched template items that no longer apply", () => {
    const untouched = existing({ status: "todo", note: "" });
    const merge = planPathChange({ existing: [untouched], generated: [] });
    expect(merge.archive).toEqual([untouched]);
    expect(merge.keep).toEqual([]);
  });

  it("keeps in-progress items that no longer apply", () => {
    const busy = existing({ status: "in_progress" });
    expect(planPathChange({ existing: [busy], generated: [] }).keep).toEqual([busy]);
  });

  it("never archives custom items or items with a note, whatever their status", () => {
    for (const status of ITEM_STATUSES) {
      const custom = existing({ templateKey: null, custom: true, status });
      const flaggedOnly = existing({ templateKey: null, custom: false, status });
      const customWithKey = existing({ custom: true, status });
      const noted = existing({ note: "Asked Priya, waiting to hear back", status });
      const merge = planPathChange({ existing: [custom, flaggedOnly, customWithKey, noted], generated: [gen("x")] });
      expect(ids(merge.keep)).toEqual(ids([custom, flaggedOnly, customWithKey, noted]));
      expect(merge.archive).toEqual([]);
    }
  });

  it("treats a whitespace-only note as no note", () => {
    const blank = existing({ note: "   \n" });
    expect(planPathChange({ existing: [blank], generated: [] }).archive).toEqual([blank]);
  });

  it("leaves already-archived items that still don't apply where they are", () => {
    const old = existing({ archivedAt: ARCHIVED_AT, status: "todo" });
    const merge = planPathChange({ existing: [old], generated: [gen("other")] });
    expect(merge.stillArchived).toEqual([old]);
    expect(merge.archive).toEqual([]);
    expect(merge.restore).toEqual([]);
  });

  it("positions new items after the items that stay active in their phase", () => {
    const kept = existing({ templateKey: "a", phase: 1, position: 4 });
    const restored = existing({ templateKey: "b", phase: 2, position: 7, archivedAt: ARCHIVED_AT });
    const archived = existing({ phase: 3, position: 9 });
    const merge = planPathChange({
      existing: [kept, restored, archived],
      generated: [gen("a"), gen("b", { phase: 2 }), gen("n1"), gen("n2", { phase: 2 }), gen("n3", { phase: 3 }), gen("n4")],
    });
    expect(merge.add.map((i) => [i.templateKey, i.phase, i.position])).toEqual([
      ["n1", 1, 5],
      ["n2", 2, 8],
      ["n3", 3, 0],
      ["n4", 1, 6],
    ]);
  });

  it("handles a real path change end to end", () => {
    const input = makeInput({ skills: { customer_insight: 1 } });
    const result = makeResult(input, { path: "junior_pm" });
    const before = generatePlan({ input, result });
    const rows = before.map((item, i) =>
      stored(item, i === 0 ? { status: "done", statusChangedAt: DONE_AT } : i === 1 ? { note: "Started a draft" } : {}),
    );
    const after = generatePlan({ input, result, path: "startup" });
    const merge = planPathChange({ existing: rows, generated: after });

    const stillWanted = new Set(after.map((i) => i.templateKey));
    // Nothing generated is lost: each new item is either added or already there.
    for (const g of after)
      expect(merge.add.some((i) => i.templateKey === g.templateKey) || rows.some((r) => r.templateKey === g.templateKey)).toBe(true);
    expect(merge.add.every((i) => !rows.some((r) => r.templateKey === i.templateKey))).toBe(true);
    expect(merge.add.some((i) => i.templateKey.startsWith("path.startup."))).toBe(true);
    // Junior-only items nobody touched go to the archive.
    expect(merge.archive.length).toBeGreaterThan(0);
    for (const a of merge.archive) expect(stillWanted.has(a.templateKey!)).toBe(false);
    expect(merge.archive.some((a) => a.templateKey!.startsWith("path.junior."))).toBe(true);
    // The done item and the noted item survive.
    expect(merge.keep).toContain(rows[0]);
    expect(merge.keep).toContain(rows[1]);

    // Switching back restores the archived junior items rather than adding copies.
    const archivedNow = rows.map((r) => (merge.archive.includes(r) ? { ...r, archivedAt: ARCHIVED_AT } : r));
    const added = merge.add.map((g) => stored(g));
    const back = planPathChange({ existing: [...archivedNow, ...added], generated: before });
    expect(back.add).toEqual([]);
    expect(ids(back.restore).sort()).toEqual(ids(merge.archive).sort());
  });

  it("puts every existing item in exactly one bucket and never adds a duplicate (property)", () => {
    const keys = ["a", "b", "c", "d", "e"];
    const existingArb = fc.record({
      templateKey: fc.option(fc.constantFrom(...keys), { nil: null }),
      status: fc.constantFrom(...ITEM_STATUSES),
      note: fc.constantFrom("", " ", "a note"),
      custom: fc.boolean(),
      archived: fc.boolean(),
      phase: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      position: fc.nat(20),
    });
    fc.assert(
      fc.property(
        fc.array(existingArb, { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...keys, "f", "g"), { maxLength: 7 }),
        (rows, genKeys) => {
          const items = rows.map((r) =>
            existing({ ...r, title: `t-${r.templateKey ?? "own"}`, archivedAt: r.archived ? ARCHIVED_AT : null }),
          );
          const generated = genKeys.map((k) => gen(k, { title: `t-${k}` }));
          const m = planPathChange({ existing: items, generated });
          const buckets = [...m.keep, ...m.restore, ...m.archive, ...m.stillArchived];
          expect(buckets).toHaveLength(items.length);
          expect(new Set(buckets).size).toBe(items.length);
          for (const a of m.archive) {
            expect(a.status).toBe("todo");
            expect(a.note.trim()).toBe("");
            expect(a.custom).toBe(false);
            expect(a.templateKey).not.toBeNull();
            expect(a.archivedAt).toBeNull();
          }
          for (const r of m.restore) expect(r.archivedAt).not.toBeNull();
          // Every generated key ends up active exactly once: added, kept or restored.
          const active = [...m.keep, ...m.restore];
          for (const k of genKeys) {
            const present = active.some((e) => e.templateKey === k || e.title === `t-${k}`);
            const added = m.add.filter((g) => g.templateKey === k).length;
            expect(added === 1 ? !present : present).toBe(true);
          }
        },
      ),
    );
  });
});

describe("describeMerge", () => {
  it("summarises a path change in one line", () => {
    const merge = planPathChange({
      existing: [
        ...[1, 2, 3, 4].map(() => existing()),
        ...[1, 2, 3, 4, 5].map(() => existing({ status: "done", statusChangedAt: DONE_AT })),
      ],
      generated: [gen("n1"), gen("n2"), gen("n3")],
    });
    expect(describeMerge(merge, "startup")).toBe(
      "3 new items for the startup path; 4 untouched items no longer apply and will be archived; 5 done items kept.",
    );
    expect(describeMerge(merge)).toMatch(/^3 new items; 4 untouched/);
  });

  it("uses singulars and mentions every kind of kept item", () => {
    const merge = planPathChange({
      existing: [
        existing({ templateKey: "back", archivedAt: ARCHIVED_AT }),
        existing(),
        existing({ status: "skipped" }),
        existing({ status: "in_progress" }),
        existing({ templateKey: null, custom: true }),
        existing({ templateKey: "same" }),
      ],
      generated: [gen("new"), gen("back"), gen("same")],
    });
    expect(summarizeMerge(merge)).toEqual({
      added: 1,
      restored: 1,
      archived: 1,
      keptDone: 0,
      keptSkipped: 1,
      keptInProgress: 1,
      keptOwn: 1,
      keptStillApply: 1,
    });
    expect(describeMerge(merge, "internal_move")).toBe(
      "1 new item for the internal move path; 1 archived item comes back; 1 untouched item no longer applies and will be archived; 1 skipped item kept; 1 item in progress kept; 1 item you added or made notes on kept; 1 item still applies.",
    );
  });

  it("says when nothing changes", () => {
    expect(describeMerge(planPathChange({ existing: [], generated: [] }))).toBe("No changes needed.");
    const same = planPathChange({
      existing: [existing({ templateKey: "a" }), existing({ templateKey: "b" })],
      generated: [gen("a"), gen("b")],
    });
    expect(describeMerge(same, "junior_pm")).toBe("No changes needed: 2 items still apply.");
  });
});
