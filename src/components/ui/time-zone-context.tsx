"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE } from "@/domain/time-zone";

const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

/**
 * The signed-in user's IANA zone for client components deep in a page (the plan board's reminder forms), so
 * that the days they show and accept are the user's, the same on the server's render and in the browser.
 */
export function TimeZoneProvider({ value, children }: { value: string; children?: ReactNode }) {
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}

/** The user's zone; UTC outside a provider. */
export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
