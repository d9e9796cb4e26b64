import { describe, expect, it } from "vitest";
import { formatRemaining, spokenRemaining, timerAnnouncement } from "@/domain/interview";

describe("practice timer words", () => {
  it("shows minutes and seconds, never below zero", () => {
    expect(formatRemaining(245)).toBe("4:05");
    expect(formatRemaining(0.2)).toBe("0:01");
    expect(formatRemaining(-3)).toBe("0:00");
  });

  it("speaks the time left", () => {
    expect(spokenRemaining(245)).toBe("4 minutes 5 seconds left");
    expect(spokenRemaining(60)).toBe("1 minute left");
    expect(spokenRemaining(0)).toBe("No time left");
  });

  it("announces each whole minute, 30 seconds left and zero, and nothing else", () => {
    expect(timerAnnouncement(240.2, 239.9)).toBe("4 minutes left");
    expect(timerAnnouncement(121, 120)).toBe("2 minutes left");
    expect(timerAnnouncement(61, 60)).toBe("1 minute left");
    expect(timerAnnouncement(30.5, 30)).toBe("30 seconds left");
    expect(timerAnnouncement(0.5, 0)).toMatch(/^Time is up/);
    expect(timerAnnouncement(200, 199.75)).toBeNull();
    expect(timerAnnouncement(45, 44)).toBeNull();
    expect(timerAnnouncement(10, 10)).toBeNull();
  });

  it("says each announcement once while counting down in small ticks", () => {
    const said: string[] = [];
    for (let left = 150; left > -1; left -= 0.25) {
      const words = timerAnnouncement(left, Math.max(0, left - 0.25));
      if (words) said.push(words);
      if (left - 0.25 <= 0) break;
    }
    expect(said).toEqual(["2 minutes left", "1 minute left", "30 seconds left", "Time is up. Finish your point, then log how it went."]);
  });
});
