"use client";

import { useCallback, useOptimistic, useReducer, useRef, useState, useTransition } from "react";
import type { ItemStatus } from "@/domain/plan";
import type { ActionResult } from "@/shared/action-result";
import {
  addCustomItemAction,
  deleteCustomItemAction,
  editCustomItemAction,
  moveItemAction,
  reloadPlanAction,
  setItemStatusAction,
  updateItemNoteAction,
} from "@/server/plan/actions";
import type { PlanItemView } from "@/shared/plan-view";
import { applyChange, moveChange, planReducer, staleItemOf, type Direction } from "./plan-state";

/** Why an item's last write didn't go through, shown on its card. */
export interface Notice {
  text: string;
}

/** What a form needs back from a write: whether it went through, and what to show when it didn't. */
export type WriteOutcome = { ok: true } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const UNREACHABLE = "We couldn't reach the server, so that change was not saved. Check your connection and try again.";

/**
 * Runs tasks one after another. Every write names the item version it last saw, so two quick writes
 * to the same item must not overlap: the second would carry a version the first has already used up.
 */
function useSerialQueue() {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.current.then(task, task);
    tail.current = run.catch(() => undefined);
    return run;
  }, []);
}

async function attempt<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, code: "UNAVAILABLE", message: UNREACHABLE, fieldErrors: {} };
  }
}

/**
 * The board's state: confirmed items (what the server said last), an optimistic layer for changes in
 * flight (dropped automatically when they settle, which is the rollback) and per-item notices. Writes
 * go through a queue and always send the latest version the server gave us.
 */
export function usePlanBoard(initialItems: readonly PlanItemView[]) {
  const [confirmed, dispatch] = useReducer(planReducer, initialItems);
  const [items, applyOptimistic] = useOptimistic(confirmed, applyChange);
  const [, startTransition] = useTransition();
  const [itemNotices, setItemNotices] = useState<Record<string, Notice>>({});
  const [announcement, setAnnouncement] = useState("");
  const enqueue = useSerialQueue();
  const versions = useRef(new Map(initialItems.map((item) => [item.id, item.version])));

  const noticeFor = useCallback((itemId: string, notice: Notice | null) => {
    setItemNotices(({ [itemId]: _old, ...rest }) => (notice ? { ...rest, [itemId]: notice } : rest));
  }, []);

  const confirm = useCallback((fresh: readonly PlanItemView[]) => {
    for (const item of fresh) versions.current.set(item.id, item.version);
    dispatch({ type: "upsert", items: fresh });
  }, []);

  const resync = useCallback(async () => {
    const result = await attempt(() => reloadPlanAction({}));
    if (!result.ok) return;
    versions.current = new Map(result.data.plan.items.map((item) => [item.id, item.version]));
    dispatch({ type: "reset", items: result.data.plan.items });
  }, []);

  /**
   * Common ending of an item write: confirm the server's items, or show why it failed. A stale write
   * brings the fresh item, which replaces ours; any other failure re-reads the plan so nothing drifts.
   */
  const settle = useCallback(
    async <T>(itemId: string, result: ActionResult<T>, confirmedItems: (data: T) => readonly PlanItemView[]): Promise<WriteOutcome> => {
      if (result.ok) {
        confirm(confirmedItems(result.data));
        noticeFor(itemId, null);
        return { ok: true };
      }
      noticeFor(itemId, { text: result.message });
      const fresh = result.code === "STALE" ? staleItemOf(result.details) : null;
      if (fresh) confirm([fresh]);
      else if (Object.keys(result.fieldErrors).length === 0) await resync();
      return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    },
    [confirm, noticeFor, resync],
  );

  const versionOf = (itemId: string) => versions.current.get(itemId) ?? 1;

  const setStatus = useCallback(
    (itemId: string, status: ItemStatus) => {
      startTransition(async () => {
        applyOptimistic({ type: "status", itemId, status });
        const result = await enqueue(() => attempt(() => setItemStatusAction({ itemId, status, version: versionOf(itemId) })));
        await settle(itemId, result, (data) => [data.item]);
      });
    },
    [applyOptimistic, enqueue, settle],
  );

  const move = useCallback(
    (itemId: string, direction: Direction) => {
      const change = moveChange(items, itemId, direction);
      if (!change) return;
      startTransition(async () => {
        applyOptimistic(change);
        const result = await enqueue(() => attempt(() => moveItemAction({ itemId, direction })));
        await settle(itemId, result, (data) => data.items);
      });
    },
    [items, applyOptimistic, enqueue, settle],
  );

  const remove = useCallback(
    (itemId: string) => {
      startTransition(async () => {
        applyOptimistic({ type: "remove", itemId });
        const result = await enqueue(() => attempt(() => deleteCustomItemAction({ itemId })));
        if (result.ok) {
          dispatch({ type: "remove", itemId });
          setAnnouncement("Step deleted.");
        } else {
          // The card comes back (the optimistic removal is dropped) and carries the reason.
          noticeFor(itemId, { text: result.message });
          await resync();
        }
      });
    },
    [applyOptimistic, enqueue, noticeFor, resync],
  );

  const saveNote = useCallback(
    async (itemId: string, note: string): Promise<WriteOutcome> => {
      const result = await enqueue(() => attempt(() => updateItemNoteAction({ itemId, note, version: versionOf(itemId) })));
      return settle(itemId, result, (data) => [data.item]);
    },
    [enqueue, settle],
  );

  const editCustom = useCallback(
    async (itemId: string, title: string, detail: string): Promise<WriteOutcome> => {
      const result = await enqueue(() => attempt(() => editCustomItemAction({ itemId, title, detail, version: versionOf(itemId) })));
      return settle(itemId, result, (data) => [data.item]);
    },
    [enqueue, settle],
  );

  const addCustom = useCallback(
    async (input: { title: string; detail: string; phase: number }): Promise<WriteOutcome & { item?: PlanItemView }> => {
      const result = await enqueue(() => attempt(() => addCustomItemAction(input)));
      if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
      confirm([result.data.item]);
      return { ok: true, item: result.data.item };
    },
    [enqueue, confirm],
  );

  return {
    items,
    itemNotices,
    announcement,
    announce: setAnnouncement,
    dismissItemNotice: (itemId: string) => noticeFor(itemId, null),
    setStatus,
    move,
    remove,
    saveNote,
    editCustom,
    addCustom,
    /** Puts items the server returned elsewhere (e.g. a restored item) on the board. */
    confirm,
  };
}

export type PlanBoardApi = ReturnType<typeof usePlanBoard>;
