import { describe, expect, it } from "vitest";
import { DELETE_CONFIRMATION, deleteAccountSchema } from "@/domain/account/schemas";
import { createShareLinkSchema, firstNameOf, SHARE_TOKEN_PATTERN, shareLinkExpiry, shareLinkStatus } from "@/domain/account/share-links";

const NOW = new Date("2026-03-01T12:00:00Z");

describe("share links", () => {
  it("expire after the chosen number of days, or never", () => {
    expect(shareLinkExpiry(NOW, "7")?.toISOString()).toBe("2026-03-08T12:00:00.000Z");
    expect(shareLinkExpiry(NOW, "90")?.toISOString()).toBe("2026-05-30T12:00:00.000Z");
    expect(shareLinkExpiry(NOW, "never")).toBeNull();
  });

  it("are active until revoked or past their expiry; revoked wins", () => {
    const past = new Date(NOW.getTime() - 1);
    expect(shareLinkStatus({ expiresAt: null, revokedAt: null }, NOW)).toBe("active");
    expect(shareLinkStatus({ expiresAt: NOW, revokedAt: null }, NOW)).toBe("expired");
    expect(shareLinkStatus({ expiresAt: past, revokedAt: past }, NOW)).toBe("revoked");
  });

  it("accept an empty label and refuse unknown lifetimes", () => {
    // Nothing beyond the plan unless the owner ticks it.
    expect(createShareLinkSchema.parse({ expiresIn: "30" })).toEqual({
      label: "",
      expiresIn: "30",
      includeApplications: false,
      includePractice: false,
      includeStoryTitles: false,
    });
    expect(createShareLinkSchema.parse({ expiresIn: "7", includePractice: "on" })).toMatchObject({
      includePractice: true,
      includeApplications: false,
    });
    expect(createShareLinkSchema.safeParse({ label: "Mentor", expiresIn: "365" }).success).toBe(false);
    expect(createShareLinkSchema.safeParse({ label: "x".repeat(61), expiresIn: "7" }).success).toBe(false);
  });

  it("recognise only 43-character base64url tokens", () => {
    expect(SHARE_TOKEN_PATTERN.test("A".repeat(43))).toBe(true);
    expect(SHARE_TOKEN_PATTERN.test("A".repeat(42))).toBe(false);
    expect(SHARE_TOKEN_PATTERN.test(`${"A".repeat(42)}=`)).toBe(false);
  });

  it("show the owner's first name only", () => {
    expect(firstNameOf("  Ada   King Lovelace ")).toBe("Ada");
    expect(firstNameOf("   ")).toBe("Someone");
  });
});

describe("account deletion confirmation", () => {
  it("must be typed exactly", () => {
    const ok = deleteAccountSchema.safeParse({ currentPassword: "x", confirmation: DELETE_CONFIRMATION });
    expect(ok.success).toBe(true);
    for (const confirmation of ["Delete my account", "delete my account ", "delete", ""]) {
      expect(deleteAccountSchema.safeParse({ currentPassword: "x", confirmation }).success).toBe(false);
    }
  });
});
