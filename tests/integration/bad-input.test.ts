// Thousands of malformed payloads against every server action and the public JSON API: each is refused
// with field errors (or a 4xx), none causes a server error, and the database does not change.
import { signInAs } from "../support/session";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { assessmentInputSchema, scoreAssessment, type AssessmentInput } from "@/domain/assessment";
import { assessmentRow } from "@/server/assessment/rows";
import { createPlanFor } from "@/server/plan/rows";
import { inputSchemaOf, isFormAction } from "@/server/action";
import { handleScoreRequest } from "@/server/api/score";
import { createMemoryRateLimiter } from "@/server/auth/rate-limit";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { discoverServerActions, type DiscoveredAction } from "../support/server-actions";
import { databaseSnapshot } from "../support/snapshot";
import { seedWorkspace } from "../support/workspace";

const TOTAL_PAYLOADS = 10_000;

/** Actions with no input at all: nothing to fuzz. */
const NO_INPUT = new Set(["src/server/auth/actions.ts#signOutAction"]);

const input: AssessmentInput = {
  currentRole: "marketing",
  yearsExperience: 2,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 1, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 5,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: true },
  skills: { strategy: 2, customer_insight: 3, data: 2, technical: 1, execution: 3, communication: 4, leadership: 2, business: 3 },
};

const pollutionKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty");
const likelyKeys = fc.constantFrom(
  "itemId",
  "status",
  "version",
  "note",
  "title",
  "detail",
  "phase",
  "path",
  "assessmentId",
  "email",
  "password",
  "name",
  "step",
  "answers",
  "token",
  "label",
  "expiresInDays",
  "currentPassword",
  "confirmation",
  "applicationId",
  "company",
  "roleTitle",
  "kind",
  "stage",
  "followUpOn",
  "link",
  "notes",
  "lesson",
  "feedbackFrom",
  "timeZone",
  "personId",
  "conversationId",
  "heldOn",
  "howMet",
  "planItemId",
  "type",
  "withWhom",
  "scores",
  "sessionId",
  "storyId",
  "situation",
  "task",
  "action",
  "result",
  "areas",
  "practiceSessionId",
  "newPassword",
  "remindOn",
  "days",
  "weeklyDigest",
  "reminders",
  "ratings",
  "mentorName",
  "ratingId",
  "includeApplications",
  "includePractice",
  "includeStoryTitles",
  "jobDescription",
  "whyCompany",
  "bulletsVersion",
  "bullets",
  "keepFollowUp",
  "seenUpTo",
  "themes",
  "questionId",
  "questionIds",
  "partnerName",
  "linkId",
);

/** Junk of every kind: wrong types, huge and exotic strings, nested objects, pollution keys, near-misses. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: "grapheme", maxLength: 64 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 2 ** 53, "", [], {}, true),
  fc.dictionary(likelyKeys, fc.anything({ maxDepth: 2 }), { maxKeys: 6 }),
  fc
    .tuple(pollutionKeys, likelyKeys, fc.jsonValue({ maxDepth: 2 }))
    .map(([evil, key, value]) => JSON.parse(`{"${evil}": {"polluted": true}, "${key}": ${JSON.stringify(value ?? null)}}`)),
  fc.record({ itemId: fc.string({ maxLength: 300 }), status: fc.string(), version: fc.oneof(fc.double(), fc.string()) }),
  fc.record({ title: fc.string({ minLength: 201, maxLength: 400 }), phase: fc.integer({ min: -5, max: 9 }) }),
);

function schemaFor(action: DiscoveredAction): z.ZodType {
  const schema = inputSchemaOf(action.fn);
  if (!schema) throw new Error(`${action.key} does not go through the action helper (userAction/publicAction/formAction)`);
  return schema;
}

describe(`malformed input on ${testDbProvider}`, () => {
  let actions: DiscoveredAction[];

  beforeAll(async () => {
    await resetDatabase();
    const owner = await createUser();
    const result = scoreAssessment(input);
    const assessment = await db.assessment.create({
      data: assessmentRow(owner.id, input, result),
    });
    await createPlanFor(db, owner.id, assessment);
    await db.assessmentDraft.create({ data: { userId: owner.id, answers: { currentRole: "sales" }, step: 1 } });
    signInAs(owner);
    await seedWorkspace(owner);
    actions = (await discoverServerActions()).filter((a) => !NO_INPUT.has(a.key));
  });

  it(`refuses ${TOTAL_PAYLOADS} malformed payloads across every server action, changing nothing`, async () => {
    expect(actions.length).toBeGreaterThan(5);
    const before = await databaseSnapshot();
    const runsPerAction = Math.ceil(TOTAL_PAYLOADS / actions.length);
    let checked = 0;
    for (const action of actions) {
      const schema = schemaFor(action);
      const takesFormState = isFormAction(action.fn);
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          fc.pre(!schema.safeParse(payload).success);
          const result = (await (takesFormState ? action.fn(null, payload) : action.fn(payload))) as {
            ok: boolean;
            message: string;
            fieldErrors: Record<string, string[]>;
          };
          expect(result.ok, action.key).toBe(false);
          expect(result.message, action.key).not.toMatch(/went wrong/);
          expect(Object.keys(result.fieldErrors).length, action.key).toBeGreaterThan(0);
          checked++;
        }),
        { numRuns: runsPerAction, seed: 20261126 },
      );
    }
    expect(checked).toBeGreaterThanOrEqual(TOTAL_PAYLOADS * 0.9);
    expect(await databaseSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);

  it("answers malformed bodies to the JSON API with 400, 413 or 415, never a server error", async () => {
    const limiter = createMemoryRateLimiter({ limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 });
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      malformed.map((value) => JSON.stringify(value) ?? "undefined"),
      fc.string({ minLength: 16_385, maxLength: 40_000 }),
    );
    const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "");
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        let valid = false;
        try {
          valid = type.startsWith("application/json") && assessmentInputSchema.safeParse(JSON.parse(text)).success;
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const request = new Request("http://localhost/api/v1/assessments/score", {
          method: "POST",
          headers: type ? { "content-type": type } : {},
          body: text,
        });
        const response = await handleScoreRequest(request, { limiter, clientIp: "fuzz" });
        expect([400, 413, 415]).toContain(response.status);
        const json = (await response.json()) as { error: string; message: string };
        expect(json.message).toBeTruthy();
      }),
      { numRuns: 1_000, seed: 20261126 },
    );
  }, 120_000);
});
