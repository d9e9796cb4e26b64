// A plan step's reminder reads in the user's own zone: 08:00 on 16 January in Tonga (UTC+13) is 19:00 UTC on
// the 15th, and must still read "16 Jan", on the server's render as in the browser.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ReminderControl } from "@/components/plan/reminder-control";
import { TimeZoneProvider } from "@/components/ui/time-zone-context";

// Rendering only: the server actions are never called here (and their module needs the Next.js server).
vi.mock("@/server/reminder/actions", () => ({
  setReminderAction: vi.fn(),
  snoozeReminderAction: vi.fn(),
  clearReminderAction: vi.fn(),
}));

const remindAt = "2026-01-15T19:00:00.000Z";
const control = (timeZone?: string) => {
  const element = createElement(ReminderControl, { itemId: "i1", title: "Talk to a PM", remindAt });
  return renderToStaticMarkup(timeZone ? createElement(TimeZoneProvider, { value: timeZone }, element) : element);
};

describe("ReminderControl", () => {
  it("shows the reminder's day in the user's zone", () => {
    expect(control("Pacific/Tongatapu")).toContain("Reminder on Fri, 16 Jan 2026");
    expect(control("America/Los_Angeles")).toContain("Reminder on Thu, 15 Jan 2026");
  });

  it("falls back to UTC outside a provider", () => {
    expect(control()).toContain("Reminder on Thu, 15 Jan 2026");
  });
});
