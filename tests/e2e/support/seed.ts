// Browser-test data beyond tests/support/seed.ts: the input most browser tests start from, and share links.
import { createHash, randomBytes } from "node:crypto";
import type { AssessmentInput } from "../../../src/domain/assessment";
import type { Db } from "../../../src/server/db";

/** An engineer at a company without PMs. */
export const sampleInput: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 2, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

/** A working share link for the plan; returns the token for the URL. */
export async function seedShareLink(db: Db, userId: string, planId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.shareLink.create({ data: { userId, planId, tokenHash: createHash("sha256").update(token, "utf8").digest("hex") } });
  return token;
}
