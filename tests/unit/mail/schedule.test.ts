import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeDigest, shouldNudgeReassessment } from "@/domain/mail/digest";
import { linksIn, singleLine } from "@/domain/mail/headers";
import { digestDue, weeklySlot } from "@/domain/mail/schedule";
import { instantAt } from "@/domain/calendar";
import { reminderDaySchema } from "@/domain/reminder/schemas";

describe("weeklySlot: Monday 08:00 in the user's zone", () => {
  it("is the same Monday from 08:00 on, and last week's before", () => {
    expect(weeklySlot(new Date("2026-12-07T08:00:00Z"), "UTC").toISOString()).toBe("2026-12-07T08:00:00.000Z");
    expect(weeklySlot(new Date("2026-12-07T07:59:59Z"), "UTC").toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(weeklySlot(new Date("2026-12-13T23:59:00Z"), "UTC").toISOString()).toBe("2026-12-07T08:00:00.000Z");
  });

  it("follows other zones and daylight saving time", () => {
    // New York is UTC-5 in December and UTC-4 in July.
    expect(weeklySlot(new Date("2026-12-08T00:00:00Z"), "America/New_York").toISOString()).toBe("2026-12-07T13:00:00.000Z");
    expect(weeklySlot(new Date("2026-07-07T00:00:00Z"), "America/New_York").toISOString()).toBe("2026-07-06T12:00:00.000Z");
    // Tokyo's Monday 08:00 is Sunday 23:00 UTC.
    expect(weeklySlot(new Date("2026-12-06T23:30:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-12-06T23:00:00.000Z");
  });

  it("maps a wall-clock time to its instant", () => {
    expect(instantAt("2026-03-30", "Europe/Berlin", 8).toISOString()).toBe("2026-03-30T06:00:00.000Z");
  });

  it("is due once per slot, and not for a user who opted in after it", () => {
    const now = new Date("2026-12-07T09:00:00Z");
    expect(digestDue(now, "UTC", null).due).toBe(true);
    expect(digestDue(now, "UTC", new Date("2026-11-30T08:00:00Z")).due).toBe(true);
    expect(digestDue(now, "UTC", new Date("2026-12-07T08:00:00Z")).due).toBe(false);
    expect(digestDue(now, "UTC", new Date("2026-12-07T08:30:00Z")).due).toBe(false);
  });
});

describe("the weekly check-in's text", () => {
  const links = {
    dashboard: "https://x.test/dashboard",
    assessment: "https://x.test/assessment",
    settings: "https://x.test/settings",
    unsubscribe: "https://x.test/u",
  };
  const now = new Date("2026-12-07T08:00:00Z");

  it("lists what was finished and the next three actions", () => {
    const mail = composeDigest({
      name: "Ada",
      now,
      lastAssessmentAt: new Date("2026-12-01T00:00:00Z"),
      plan: { percent: 40, finishedThisWeek: ["One"], openSteps: ["A", "B", "C", "D"] },
      links,
    });
    expect(mail.subject).toBe("Your week: 1 step done, 40% of your plan");
    expect(mail.text).toContain("  1. A\n  2. B\n  3. C");
    expect(mail.text).not.toContain("4. D");
    expect(mail.text).toContain(links.unsubscribe);
  });

  it("lists the follow-ups that are due, and says nothing of them when none are", () => {
    const base = { name: "Ada", now, lastAssessmentAt: new Date("2026-12-01T00:00:00Z"), plan: null };
    const due = [
      { company: "Acme", roleTitle: "Associate PM", followUpOn: "2026-12-03" },
      { company: "Globex\r\nBcc: x", roleTitle: "Product specialist", followUpOn: "2026-12-07" },
    ];
    const mail = composeDigest({ ...base, followUpsDue: due, links: { ...links, applications: "https://x.test/applications" } });
    expect(mail.text).toContain("Follow-ups due (2):\n  • Acme — Associate PM (since 2026-12-03)\n  • Globex Bcc: x — Product specialist");
    expect(mail.text).toContain("Your applications: https://x.test/applications");
    expect(composeDigest({ ...base, followUpsDue: [], links }).text).not.toContain("Follow-ups due");
  });

  it("nudges a re-assessment after 30 days or at 80% done, not before", () => {
    const recent = new Date("2026-11-20T00:00:00Z");
    const plan = { percent: 79, finishedThisWeek: [], openSteps: [] };
    expect(shouldNudgeReassessment({ now, lastAssessmentAt: recent, plan })).toBe(false);
    expect(shouldNudgeReassessment({ now, lastAssessmentAt: recent, plan: { ...plan, percent: 80 } })).toBe(true);
    expect(shouldNudgeReassessment({ now, lastAssessmentAt: new Date("2026-11-07T08:00:00Z"), plan })).toBe(true);
  });
});

describe("mail header safety", () => {
  it("keeps subjects and names on one line", () => {
    expect(singleLine("Hi\r\nBcc: x@y\u2028z\t!")).toBe("Hi Bcc: x@y z !");
    expect(singleLine("x".repeat(300)).length).toBe(200);
  });

  it("finds the links of a message", () => {
    expect(linksIn("Go to https://a.test/x?token=abc_-1 now.\nhttp://b.test")).toEqual(["https://a.test/x?token=abc_-1", "http://b.test"]);
  });
});

describe("reminder dates", () => {
  it("accepts real calendar days only", () => {
    expect(reminderDaySchema.safeParse("2026-12-31").success).toBe(true);
    for (const bad of ["2026-02-30", "2026-13-01", "31/12/2026", "", "1999-01-01"]) {
      expect(reminderDaySchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("src/domain/mail purity", () => {
  const dir = path.resolve(__dirname, "../../../src/domain/mail");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    it(`${file} reads no clock and imports no framework or I/O`, () => {
      const source = readFileSync(path.join(dir, file), "utf8");
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random/);
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith("./") && !i.startsWith("../") && i !== "zod")).toEqual([]);
    });
  }
});
