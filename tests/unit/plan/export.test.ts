import { createEvents } from "ics";
import { describe, expect, it } from "vitest";
import { generatePlan, PHASE_LABELS } from "@/domain/plan";
import { phaseEndDay, planCalendarEvents, planToMarkdown, type ExportItem, type ExportPlan } from "@/domain/plan/export";
import { escapeMarkdown } from "@/domain/text";
import { dayIn, dayParts } from "@/domain/time-zone";
import { makeInput, makeResult } from "./fixtures";

const CREATED = new Date("2026-01-10T15:30:00Z");

/** A generated plan with a realistic mix of statuses: the first item of each phase done, the second skipped. */
function samplePlan(): ExportPlan {
  const input = makeInput({ skills: { data: 1, strategy: 2 } });
  const generated = generatePlan({ input, result: makeResult(input, { path: "internal_move" }), path: "internal_move" });
  const items: ExportItem[] = generated.map((item, index) => ({
    id: `item-${index}`,
    title: item.title,
    why: item.why,
    detail: item.detail,
    category: item.category,
    phase: item.phase,
    position: item.position,
    status: item.position === 0 ? "done" : item.position === 1 ? "skipped" : item.position === 2 ? "in_progress" : "todo",
    note: "",
    statusChangedAt: item.position <= 1 ? new Date(CREATED.getTime() + (item.phase * 10 + index) * 86_400_000) : null,
    resources: item.resources,
  }));
  return { id: "plan-1", path: "internal_move", createdAt: CREATED, items };
}

function countVevents(ics: string): number {
  return ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
}

describe("phase ends", () => {
  it("falls at the end of day 30, 60 and 90, counting the plan's first day as day 1", () => {
    expect(phaseEndDay(CREATED, 1, "UTC")).toBe("2026-02-09");
    expect(phaseEndDay(CREATED, 3, "UTC")).toBe("2026-04-10");
    expect(phaseEndDay(CREATED, 2, "UTC")).toBe("2026-03-11");
  });
});

describe("planToMarkdown", () => {
  const plan = samplePlan();
  const markdown = planToMarkdown(plan);

  it("has a title, the path and the three phases in order", () => {
    expect(markdown.startsWith("# My 90-day plan into product management\n")).toBe(true);
    expect(markdown).toContain("**Path:** Internal move");
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([PHASE_LABELS[1], PHASE_LABELS[2], PHASE_LABELS[3]]);
  });

  it("lists every item once, with its state as a checkbox", () => {
    for (const item of plan.items) expect(markdown.split(escapeMarkdown(item.title)).length - 1).toBe(1);
    const done = plan.items.filter((i) => i.status === "done" || i.status === "skipped").length;
    expect(markdown.match(/^- \[x\] /gm)).toHaveLength(done);
    expect(markdown.match(/^- \[ \] /gm)).toHaveLength(plan.items.length - done);
    expect(markdown).toMatch(/^- \[x\] ~~.+~~ \(skipped\)$/m);
    expect(markdown).toMatch(/^- \[ \] .+ \(in progress\)$/m);
  });

  it("states overall progress", () => {
    const finished = plan.items.filter((i) => i.status === "done" || i.status === "skipped").length;
    expect(markdown).toContain(`${finished} of ${plan.items.length} steps dealt with`);
  });

  it("keeps the user's own text from becoming markup, and notes on their own lines", () => {
    const first = plan.items[0]!;
    const custom = { ...first, title: "Read <b>[this](javascript:alert(1))</b>", note: "line one\nline *two*" };
    const text = planToMarkdown({ ...plan, items: [custom] });
    expect(text).toContain("Read \\<b\\>\\[this\\](javascript:alert(1))\\</b\\>");
    expect(text).toContain("  Note: line one  \n  line \\*two\\*");
    expect(text).not.toContain("<b>");
  });

  it("lists each step's curated resources as links, with kind and price", () => {
    const md = planToMarkdown(plan);
    const withResources = plan.items.filter((i) => (i.resources ?? []).length > 0);
    expect(withResources.some((i) => i.category === "skill")).toBe(true);
    for (const item of withResources)
      for (const r of item.resources!) {
        expect(md).toContain(`](${r.url}) by `);
        expect(md).toMatch(
          new RegExp(
            `\\(${r.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\) by [^\n]+\\((book|course|articles|community|podcast|tool), (free|paid)\\)`,
          ),
        );
      }
    const count = withResources.reduce((n, i) => n + i.resources!.length, 0);
    expect(md.match(/^ {2}Resource: \[/gm)).toHaveLength(count);
  });

  it("is deterministic", () => {
    expect(planToMarkdown(samplePlan())).toBe(markdown);
  });
});

describe("planCalendarEvents", () => {
  const plan = samplePlan();
  const events = planCalendarEvents(plan);
  const doneWithDate = plan.items.filter((i) => i.status === "done" && i.statusChangedAt);

  it("has one event per phase end and one per done item", () => {
    expect(events).toHaveLength(3 + doneWithDate.length);
    expect(events.slice(0, 3).map((e) => e.start)).toEqual([
      dayParts(phaseEndDay(CREATED, 1, "UTC")),
      dayParts(phaseEndDay(CREATED, 2, "UTC")),
      dayParts(phaseEndDay(CREATED, 3, "UTC")),
    ]);
    for (const item of doneWithDate) {
      const event = events.find((e) => e.title === `Done: ${item.title}`);
      expect(event?.start).toEqual(dayParts(dayIn(item.statusChangedAt!, "UTC")));
    }
  });

  it("gives skipped and open items no event, but lists open ones at their phase end", () => {
    expect(events.filter((e) => e.title?.startsWith("Done: "))).toHaveLength(doneWithDate.length);
    const open = plan.items.find((i) => i.phase === 1 && i.status === "todo")!;
    expect(events[0]!.description).toContain(open.title);
    const skipped = plan.items.find((i) => i.phase === 1 && i.status === "skipped")!;
    expect(events[0]!.description).not.toContain(skipped.title);
  });

  it("uses stable, unique ids so a newer export updates the same events", () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(planCalendarEvents(samplePlan()).map((e) => e.uid)).toEqual(uids);
  });

  it("serialises to a valid calendar with one VEVENT per event, all-day", () => {
    const { error, value } = createEvents(events, { productId: "pm-pathfinder", calName: "PM plan" });
    expect(error).toBeNull();
    expect(value!.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(value!.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(countVevents(value!)).toBe(events.length);
    expect(value).toContain("DTSTART;VALUE=DATE:20260209");
    expect(value).toContain("SUMMARY:PM plan: end of the first 30 days");
  });

  it("adds a timed event with an alarm for each open step with a reminder", () => {
    const base = samplePlan();
    const open = base.items.find((item) => item.status === "todo")!;
    const done = base.items.find((item) => item.status === "done")!;
    const remindAt = new Date("2026-02-03T08:00:00Z");
    const withReminders = {
      ...base,
      items: base.items.map((item) => (item === open || item === done ? { ...item, remindAt } : item)),
    };
    const reminders = planCalendarEvents(withReminders).filter((e) => e.uid?.startsWith("reminder-"));
    expect(reminders.map((e) => e.title)).toEqual([`Reminder: ${open.title}`]);
    const { error, value } = createEvents(reminders.map((e) => ({ ...e, timestamp: CREATED.getTime() })));
    expect(error).toBeFalsy();
    expect(value).toContain("DTSTART:20260203T080000Z");
    expect(value).toContain("BEGIN:VALARM");
  });

  it("still gives the three phase ends for an empty plan", () => {
    const empty = planCalendarEvents({ ...plan, items: [] });
    expect(empty).toHaveLength(3);
    expect(empty[0]!.description).toContain("This phase has no steps.");
  });
});
