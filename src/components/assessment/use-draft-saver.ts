"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AssessmentDraft } from "@/domain/assessment/draft";
import { discardDraftAction, saveDraftAction } from "@/server/assessment/actions";
import { removeLocalDraft, removePendingAssessment, writeLocalDraft } from "./browser-storage";

/** Long enough not to call the server on every keystroke, short enough that a reload rarely loses one. */
export const SERVER_SAVE_DELAY_MS = 800;

/** Receives the last answers when the tab is hidden or closed (src/app/api/v1/me/draft/route.ts). */
const DRAFT_BEACON_URL = "/api/v1/me/draft";

export type SaveStatus = { state: "idle" | "saving" | "saved" } | { state: "failed"; message: string };

/**
 * Keeps the unfinished questionnaire: in localStorage for visitors (written at once, it's cheap) and on the
 * server for signed-in users (debounced; `immediate` on step changes). `close()` stops all saving while
 * the finished assessment is submitted, so a late draft save cannot bring back the draft the server just
 * deleted; `reopen()` undoes it when submitting fails.
 */
export function useDraftSaver(signedIn: boolean) {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const pending = useRef<AssessmentDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const closed = useRef(false);
  // Responses can come back after a newer save started; only the newest one sets the status.
  const lastRequest = useRef(0);

  const cancelTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    cancelTimer();
    const draft = pending.current;
    if (!draft || closed.current) return true;
    pending.current = null;
    const request = ++lastRequest.current;
    setStatus({ state: "saving" });
    let result: Awaited<ReturnType<typeof saveDraftAction>>;
    try {
      result = await saveDraftAction(draft);
    } catch {
      result = {
        ok: false,
        code: "UNAVAILABLE",
        message: "Check your connection; we'll try again when you change an answer.",
        fieldErrors: {},
      };
    }
    if (request === lastRequest.current) {
      setStatus(result.ok ? { state: "saved" } : { state: "failed", message: result.message });
    }
    return result.ok;
  }, [cancelTimer]);

  const save = useCallback(
    (draft: AssessmentDraft, { immediate = false } = {}) => {
      if (closed.current) return;
      if (!signedIn) {
        writeLocalDraft(draft);
        return;
      }
      pending.current = draft;
      cancelTimer();
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), SERVER_SAVE_DELAY_MS);
    },
    [signedIn, cancelTimer, flush],
  );

  const discard = useCallback(async () => {
    cancelTimer();
    pending.current = null;
    removeLocalDraft();
    removePendingAssessment();
    if (!signedIn) return;
    const request = ++lastRequest.current;
    const result = await discardDraftAction(undefined).catch(() => null);
    if (request !== lastRequest.current) return;
    setStatus(result?.ok ? { state: "idle" } : { state: "failed", message: result?.message ?? "Check your connection and try again." });
  }, [signedIn, cancelTimer]);

  const close = useCallback(() => {
    cancelTimer();
    pending.current = null;
    closed.current = true;
  }, [cancelTimer]);

  const reopen = useCallback(() => {
    closed.current = false;
  }, []);

  // A change made just before the tab is hidden or closed would otherwise wait for a timer that never fires,
  // and a server action started then may be cancelled with the page: a beacon outlives the page.
  useEffect(() => {
    const sendPendingByBeacon = () => {
      const draft = pending.current;
      if (!draft || closed.current) return;
      const body = new Blob([JSON.stringify(draft)], { type: "text/plain;charset=UTF-8" });
      if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(DRAFT_BEACON_URL, body)) {
        cancelTimer();
        pending.current = null;
      } else {
        void flush();
      }
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") sendPendingByBeacon();
    };
    document.addEventListener("visibilitychange", saveWhenHidden);
    window.addEventListener("pagehide", sendPendingByBeacon);
    return () => {
      document.removeEventListener("visibilitychange", saveWhenHidden);
      window.removeEventListener("pagehide", sendPendingByBeacon);
      void flush();
    };
  }, [flush, cancelTimer]);

  return { status, save, flush, discard, close, reopen };
}
