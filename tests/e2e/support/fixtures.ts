import { randomBytes, randomUUID } from "node:crypto";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { hashPassword } from "../../../src/server/auth/password";
import { createDbClient } from "../../../src/server/db";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL } from "../../../playwright.config";
import { mintSessionToken, SESSION_COOKIE } from "../../support/session-cookie";

export { expect };

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

export type TestDb = ReturnType<typeof createDbClient>;

interface Fixtures {
  /**
   * Creates a fresh user in the database and, unless `signIn: false`, signs the page's browser in as them.
   * The address is confirmed unless `confirmed: false` (share links and email changes need a confirmed one).
   */
  login: (options?: { name?: string; signIn?: boolean; confirmed?: boolean }) => Promise<TestUser>;
  db: ReturnType<typeof createDbClient>;
}

export function uniqueEmail(): string {
  return `user-${randomUUID()}@example.test`;
}

export const test = base.extend<Fixtures>({
  // Every test comes from its own client network (limits group IPv6 by /64), so one test's rate limits never
  // block another's.
  page: async ({ page }, use) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `2001:db8:${randomBytes(4).toString("hex").match(/.{4}/g)!.join(":")}::1` });
    await use(page);
  },
  db: async ({}, use) => {
    const db = createDbClient(E2E_DATABASE_URL);
    await use(db);
    await db.$disconnect();
  },
  login: async ({ page, db, baseURL }, use) => {
    await use(async ({ name = "Test User", signIn = true, confirmed = true } = {}) => {
      const password = `e2e pass ${randomBytes(6).toString("hex")}`;
      const created = await db.user.create({
        data: {
          name,
          email: uniqueEmail(),
          passwordHash: await hashPassword(password),
          emailVerifiedAt: confirmed ? new Date("2026-01-05T09:00:00Z") : null,
        },
      });
      if (signIn) {
        const token = await mintSessionToken(db, { id: created.id, name, email: created.email }, E2E_AUTH_SECRET);
        await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
      }
      return { id: created.id, email: created.email, name, password };
    });
  },
});

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
