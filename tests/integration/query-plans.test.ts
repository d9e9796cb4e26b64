// Issue 12: every query the dashboard and the history page run must be able to use an index, so that a
// heavy account (years of plans, assessments and activity) costs no more per request than a light one.
// Each query below has the shape Prisma issues for the calls in src/server (where, order, limit); the plan
// is read with EXPLAIN on PostgreSQL, with sequential scans switched off so that "Seq Scan" can only mean
// "no usable index", and with EXPLAIN QUERY PLAN on SQLite, where a bare "SCAN <table>" means the same.
import { beforeAll, describe, expect, it } from "vitest";
import { db, resetDatabase, testDbProvider } from "../support/db";
import { userWithPlan } from "../support/fixtures";

interface Probe {
  /** Where the query is issued. */
  from: string;
  sql: string;
  params: (ids: { userId: string; planId: string; assessmentId: string }) => unknown[];
}

const PROBES: Record<string, Probe> = {
  "active plan": {
    from: "findActivePlan",
    sql: `SELECT * FROM "Plan" WHERE "userId" = $1 AND "archivedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`,
    params: (ids) => [ids.userId],
  },
  "plan items in order": {
    from: "findActivePlan (include items)",
    sql: `SELECT * FROM "PlanItem" WHERE "planId" = $1 ORDER BY "phase" ASC, "position" ASC, "createdAt" ASC`,
    params: (ids) => [ids.planId],
  },
  "latest assessment": {
    from: "latestAssessments / latestAssessmentSummary",
    sql: `SELECT "id", "createdAt", "readiness" FROM "Assessment" WHERE "userId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`,
    params: (ids) => [ids.userId],
  },
  "assessment timeline": {
    from: "listAssessmentSummaries",
    sql: `SELECT "id", "createdAt", "readiness", "recommendedPath" FROM "Assessment" WHERE "userId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 365`,
    params: (ids) => [ids.userId],
  },
  "results on show": {
    from: "assessmentResults",
    sql: `SELECT "id", "result" FROM "Assessment" WHERE "userId" = $1 AND "id" IN ($2)`,
    params: (ids) => [ids.userId, ids.assessmentId],
  },
  "activity since": {
    from: "activityDates",
    sql: `SELECT "createdAt" FROM "ActivityEvent" WHERE "userId" = $1 AND "createdAt" >= $2 ORDER BY "createdAt" DESC LIMIT 10000`,
    params: (ids) => [ids.userId, new Date(Date.now() - 90 * 864e5)],
  },
  "completions across plans": {
    from: "completionDates",
    sql: `SELECT "statusChangedAt" FROM "PlanItem" WHERE "status" = 'done' AND "statusChangedAt" IS NOT NULL AND "planId" IN (SELECT "id" FROM "Plan" WHERE "userId" = $1) ORDER BY "statusChangedAt" DESC LIMIT 10000`,
    params: (ids) => [ids.userId],
  },
  "session row": {
    from: "the jwt callback (one per request)",
    sql: `SELECT * FROM "UserSession" WHERE "id" = $1 AND "userId" = $2`,
    params: (ids) => ["no-such-session", ids.userId],
  },
  "follow-ups": { from: "listFollowUps", sql: `SELECT * FROM "Application" WHERE "userId" = $1`, params: (ids) => [ids.userId] },
  "people by step": { from: "peopleByPlanItem", sql: `SELECT * FROM "Person" WHERE "userId" = $1`, params: (ids) => [ids.userId] },
  practice: {
    from: "listPractice",
    sql: `SELECT * FROM "PracticeSession" WHERE "userId" = $1 ORDER BY "heldOn" DESC`,
    params: (ids) => [ids.userId],
  },
  stories: {
    from: "listStories",
    sql: `SELECT * FROM "Story" WHERE "userId" = $1 ORDER BY "createdAt" DESC`,
    params: (ids) => [ids.userId],
  },
  reminders: { from: "item reminders on the board", sql: `SELECT * FROM "Reminder" WHERE "userId" = $1`, params: (ids) => [ids.userId] },
};

async function explain(probe: Probe, ids: { userId: string; planId: string; assessmentId: string }): Promise<string[]> {
  const params = probe.params(ids);
  if (testDbProvider === "postgres") {
    return db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${probe.sql}`, ...params);
      return rows.map((row) => row["QUERY PLAN"]);
    });
  }
  const sqlite = probe.sql.replace(/\$\d+/g, "?");
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${sqlite}`,
    ...params.map((p) => (p instanceof Date ? p.toISOString() : p)),
  );
  return rows.map((row) => row.detail);
}

/** Lines that read a whole table without an index. */
function fullScans(plan: string[]): string[] {
  return testDbProvider === "postgres"
    ? plan.filter((line) => /Seq Scan/.test(line))
    : plan.filter(
        (line) => /^SCAN \S+$/.test(line.trim()) || (/^SCAN /.test(line.trim()) && !/USING (COVERING )?INDEX|PRIMARY KEY/.test(line)),
      );
}

describe(`dashboard and history queries use an index on ${testDbProvider}`, () => {
  let ids: { userId: string; planId: string; assessmentId: string };
  beforeAll(async () => {
    await resetDatabase();
    const { user, assessmentId, plan } = await userWithPlan();
    ids = { userId: user.id, planId: plan.id, assessmentId };
  });

  it.each(Object.entries(PROBES))("%s", async (_name, probe) => {
    const plan = await explain(probe, ids);
    expect(plan.length).toBeGreaterThan(0);
    expect(fullScans(plan), `${probe.from}:\n${plan.join("\n")}`).toEqual([]);
  });

  it("tells a full scan when it sees one (a filter on an unindexed column)", async () => {
    const plan = await explain({ from: "control", sql: `SELECT * FROM "PlanItem" WHERE "title" = $1`, params: () => ["x"] }, ids);
    expect(fullScans(plan)).not.toEqual([]);
  });
});
