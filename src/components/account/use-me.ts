"use client";

import { usePathname } from "next/navigation";
import { createContext, createElement, type ReactNode, useContext, useEffect, useState } from "react";
import type { MeResponse } from "@/app/api/me/route";
import { clearSessionHintMark } from "./session-hint";

/** Fired after an action that changes what the header shows (a new name, a confirmed email). */
export const ACCOUNT_CHANGED_EVENT = "pm-pathfinder:account-changed";

export function announceAccountChange(): void {
  window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
}

/**
 * The signed-in state for the header, from GET /api/me: undefined until the first answer. Asked again on
 * every navigation (sign-in, sign-out and "sign out everywhere" all end in one) and on ACCOUNT_CHANGED_EVENT,
 * so the static pages never carry it in their HTML.
 */
interface MeState {
  me: MeResponse | undefined;
  /** Whether `me` was answered for the page now shown (false between a navigation and its answer). */
  current: boolean;
}

function useMeFetch(): MeState {
  const pathname = usePathname();
  const [answer, setAnswer] = useState<{ body: MeResponse; pathname: string } | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const bump = () => setGeneration((g) => g + 1);
    window.addEventListener(ACCOUNT_CHANGED_EVENT, bump);
    return () => window.removeEventListener(ACCOUNT_CHANGED_EVENT, bump);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<MeResponse>) : null))
      .then((body) => {
        if (!body) return;
        setAnswer({ body, pathname });
        clearSessionHintMark();
      })
      .catch(() => {
        // Aborted by the next navigation, or offline: keep what the header shows.
      });
    return () => controller.abort();
  }, [pathname, generation]);

  return { me: answer?.body, current: answer?.pathname === pathname };
}

const MeContext = createContext<MeState>({ me: undefined, current: false });

/** One /api/me request per navigation, shared by the header and the confirm-email banner. */
export function MeProvider({ children }: { children: ReactNode }) {
  return createElement(MeContext.Provider, { value: useMeFetch() }, children);
}

/** The last answer: the header keeps showing it across a navigation until the next one arrives. */
export function useMe(): MeResponse | undefined {
  return useContext(MeContext).me;
}

/** Only an answer for the page now shown (the confirm-email banner must not outlive a sign-out). */
export function useCurrentMe(): MeResponse | undefined {
  const { me, current } = useContext(MeContext);
  return current ? me : undefined;
}
