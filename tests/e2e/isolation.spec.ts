// Isolation for pages and route handlers: a signed-in user who opens a page with another user's id
// sees exactly what they see for an id that does not exist. The table is checked against the pages and
// route handlers in src/app, so a new route that takes an id must be added here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { scoreAssessment, type AssessmentInput } from "../../src/domain/assessment";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const input: AssessmentInput = {
  currentRole: "designer",
  yearsExperience: 5,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: true, ledCrossFunctional: true, customerFacing: true },
  skills: { strategy: 3, customer_insight: 4, data: 2, technical: 2, execution: 3, communication: 4, leadership: 3, business: 2 },
};

interface Ids {
  assessment: string;
  application: string;
  person: string;
}

/** Routes that read an id of a user-owned record, and the URL that asks for it. */
const ROUTES_WITH_IDS: Record<string, (ids: Ids) => string> = {
  "src/app/assessment/[id]/page.tsx": (ids) => `/assessment/${ids.assessment}`,
  "src/app/plan/new/page.tsx": (ids) => `/plan/new?assessment=${ids.assessment}`,
  "src/app/plan/update/page.tsx": (ids) => `/plan/update?assessment=${ids.assessment}`,
  "src/app/history/page.tsx": (ids) => `/history?a=${ids.assessment}&b=${ids.assessment}`,
  "src/app/applications/[id]/page.tsx": (ids) => `/applications/${ids.application}`,
  "src/app/people/[id]/page.tsx": (ids) => `/people/${ids.person}`,
};

/** Routes that take no user-owned id, and why. */
const ROUTES_WITHOUT_IDS: Record<string, string> = {
  "src/app/page.tsx": "landing page",
  "src/app/(auth)/sign-in/page.tsx": "only a callback path",
  "src/app/(auth)/sign-up/page.tsx": "only a callback path",
  "src/app/(auth)/sign-in/continue/page.tsx": "only a callback path (the per-request /sign-in)",
  "src/app/(auth)/sign-up/continue/page.tsx": "only a callback path (the per-request /sign-up)",
  "src/app/assessment/resume/page.tsx": "the caller's own draft (the per-request /assessment)",
  "src/app/resources/search/page.tsx": "the library filtered by a query string (the per-request /resources): no user data",
  "src/app/api/me/route.ts": "the caller's own name and unconfirmed address (the header island)",
  "src/app/assessment/page.tsx": "the caller's own draft",
  "src/app/assessment/preview/page.tsx": "answers kept in the visitor's browser",
  "src/app/dashboard/page.tsx": "the caller's active plan",
  "src/app/plan/print/page.tsx": "the caller's active plan",
  "src/app/resources/page.tsx": "public, read-only library shipped with the app: no user data",
  "src/app/settings/page.tsx": "the caller's account",
  "src/app/applications/page.tsx": "the caller's own applications (sort keys only)",
  "src/app/people/page.tsx": "the caller's own people",
  "src/app/practice/page.tsx": "the caller's own practice sessions",
  "src/app/stories/page.tsx": "the caller's own stories",
  "src/app/interview/page.tsx":
    "the question bank (a question id is the bank's, not a user's) and the caller's own practice, stories and mock links",
  "src/app/mock/[token]/page.tsx":
    "a mock token, not an id: unknown, revoked and expired tokens are tested in tests/integration/mock-links.test.ts and tests/e2e/interview.spec.ts",
  "src/app/mentors/page.tsx": "the ratings given through the caller's own share links",
  "src/app/shared/[token]/page.tsx":
    "a share token, not an id: unknown, revoked and expired tokens are tested in tests/integration/share-links.test.ts, tests/integration/mentor-ratings.test.ts, tests/e2e/account.spec.ts and tests/e2e/mentor.spec.ts",
  "src/app/api/health/route.ts": "readiness, no user data",
  "src/app/api/health/live/route.ts": "liveness only: no database, no user data",
  "src/app/api/v1/assessments/score/route.ts": "stateless scoring, no stored data",
  "src/app/api/v1/me/draft/route.ts": "the caller's own draft",
  "src/app/api/v1/me/export/route.ts": "the caller's own data",
  "src/app/api/v1/plan/export.ics/route.ts": "the caller's active plan",
  "src/app/api/v1/plan/export.md/route.ts": "the caller's active plan",
  "src/app/(auth)/forgot-password/page.tsx": "an email address form, no id",
  "src/app/(auth)/reset-password/page.tsx":
    "a 256-bit emailed token, not an id: unknown, used and expired tokens are tested in tests/integration/mail-accounts.test.ts and tests/e2e/password-reset.spec.ts",
  "src/app/verify-email/page.tsx": "a 256-bit emailed token, not an id: the page only shows a button (tests/e2e/email-links.spec.ts)",
  "src/app/api/v1/verify-email/route.ts": "a 256-bit emailed token, not an id (tests/integration/mail-accounts.test.ts)",
  "src/app/cancel-email-change/page.tsx":
    "a 256-bit emailed token, not an id: the page only shows a button (tests/e2e/email-links.spec.ts)",
  "src/app/api/v1/cancel-email-change/route.ts": "a 256-bit emailed token, not an id (tests/integration/recovery-and-enumeration.test.ts)",
  "src/app/link-expired/page.tsx": "a fixed message key",
  "src/app/unsubscribe/page.tsx":
    "an HMAC-signed token naming the user: tampered tokens are refused (tests/integration/mail-scheduled.test.ts)",
  "src/app/api/v1/unsubscribe/route.ts":
    "an HMAC-signed token naming the user: tampered tokens are refused (tests/integration/mail-scheduled.test.ts)",
};

function routeFiles(dir = "src/app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page\.tsx|route\.ts)$/.test(entry) ? [full.split(path.sep).join("/")] : [];
  });
}

test("every page and route handler is in the isolation table", () => {
  const found = routeFiles().sort();
  const listed = [...Object.keys(ROUTES_WITH_IDS), ...Object.keys(ROUTES_WITHOUT_IDS)].sort();
  expect(found).toEqual(listed);
  // A route listed as taking no id must not read route params named like ids.
  for (const file of Object.keys(ROUTES_WITHOUT_IDS)) {
    expect(readFileSync(file, "utf8"), file).not.toMatch(/params.*\b(id|itemId|planId|assessmentId)\b/);
  }
});

test("another user's ids look exactly like missing ids on every page that takes one", async ({ page, login, db }) => {
  const owner = await login({ signIn: false, name: "Owner Olga" });
  const result = scoreAssessment(input);
  const owned = await db.assessment.create({
    data: {
      userId: owner.id,
      input,
      result: JSON.parse(JSON.stringify(result)),
      modelVersion: "test",
      readiness: result.readiness,
      recommendedPath: result.recommendedPath.path,
    },
  });
  const application = await db.application.create({ data: { userId: owner.id, company: "Olga's Co", roleTitle: "PM", kind: "pm" } });
  const person = await db.person.create({ data: { userId: owner.id, name: "Olga's Contact", howMet: "lunch" } });
  await login({ name: "Intruder Ivan" });
  const ownerIds: Ids = { assessment: owned.id, application: application.id, person: person.id };
  const missing = "c000000000000000000000000";
  const missingIds: Ids = { assessment: missing, application: missing, person: missing };

  for (const [file, url] of Object.entries(ROUTES_WITH_IDS)) {
    const foreign = await page.goto(url(ownerIds));
    const foreignText = await page.getByRole("main").innerText();
    await expectAccessible(page);
    const missing = await page.goto(url(missingIds));
    const missingText = await page.getByRole("main").innerText();
    expect(foreign!.status(), file).toBe(missing!.status());
    expect(foreignText, file).toBe(missingText);
    expect(foreignText, file).not.toContain("Owner Olga");
    expect(foreignText, file).not.toContain("Olga's Co");
    expect(foreignText, file).not.toContain("Olga's Contact");
  }
});
