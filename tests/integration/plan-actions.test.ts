import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/session";
import { PATHS, scoreAssessment } from "@/domain/assessment";
import { generatePlan, PLAN_PHASES } from "@/domain/plan";
import { createPlanAction, reloadPlanAction, setItemStatusAction, updateItemNoteAction } from "@/server/plan/actions";
import { findActivePlan, findOwnedItem, listPlans } from "@/server/plan/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { DESIGNER, ENGINEER, dataOf, savedAssessment, userWithPlan, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const DAY_MS = 24 * 60 * 60 * 1000;
const NO_ACTIVE_PLAN = "You don't have an active plan yet. Build one from your assessment first.";
const SIGNED_OUT = { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again.", fieldErrors: {} };

const generatedFields = (item: {
  templateKey: string | null;
  title: string;
  why: string;
  detail: string;
  category: string;
  phase: number;
  position: number;
  skillArea?: string | null;
}) => ({
  templateKey: item.templateKey,
  title: item.title,
  why: item.why,
  detail: item.detail,
  category: item.category,
  phase: item.phase,
  position: item.position,
  skillArea: item.skillArea ?? null,
});

describe(`createPlanAction on ${testDbProvider}`, () => {
  let user: TestUser;
  beforeEach(async () => {
    await resetDatabase();
    user = await createUser();
  });

  it("builds the recommended plan and stores every generated item with its why, detail, category, phase and position", async () => {
    const assessmentId = await savedAssessment(user, ENGINEER);
    const { planId } = dataOf(await createPlanAction({ assessmentId }));

    const result = scoreAssessment(ENGINEER);
    const plan = await db.plan.findUniqueOrThrow({
      where: { id: planId },
      include: { items: { orderBy: [{ phase: "asc" }, { position: "asc" }] } },
    });
    expect(plan).toMatchObject({ userId: user.id, assessmentId, path: result.recommendedPath.path, archivedAt: null });
    expect(plan.targetDate.getTime() - plan.createdAt.getTime()).toBeGreaterThanOrEqual(90 * DAY_MS - 1_000);
    expect(plan.targetDate.getTime() - plan.createdAt.getTime()).toBeLessThanOrEqual(90 * DAY_MS + 1_000);

    const expected = generatePlan({ input: ENGINEER, result, path: result.recommendedPath.path });
    expect(plan.items.map(generatedFields)).toEqual(
      expected.map(generatedFields).sort((a, b) => a.phase - b.phase || a.position - b.position),
    );
    for (const item of plan.items) {
      expect(item).toMatchObject({ status: "todo", note: "", custom: false, version: 1, archivedAt: null, statusChangedAt: null });
      expect(item.why.length).toBeGreaterThan(10);
    }
    for (const phase of PLAN_PHASES) {
      const positions = plan.items.filter((item) => item.phase === phase).map((item) => item.position);
      expect(positions.length).toBeGreaterThan(0);
      expect(positions).toEqual([...positions.keys()]); // 0, 1, 2, … : unique and without gaps
    }
    expect(await db.activityEvent.count({ where: { userId: user.id, kind: "plan_created" } })).toBe(1);
  });

  it("follows a chosen path other than the recommended one", async () => {
    const assessmentId = await savedAssessment(user, ENGINEER);
    const result = scoreAssessment(ENGINEER);
    const chosen = PATHS.find((path) => path !== result.recommendedPath.path)!;
    const { planId } = dataOf(await createPlanAction({ assessmentId, path: chosen }));

    const plan = await findActivePlan(user.id);
    expect(plan).toMatchObject({ id: planId, path: chosen, assessmentId });
    const expected = generatePlan({ input: ENGINEER, result, path: chosen });
    expect(plan!.items.map((item) => item.templateKey).sort()).toEqual(expected.map((item) => item.templateKey).sort());
    const recommended = generatePlan({ input: ENGINEER, result, path: result.recommendedPath.path });
    expect(plan!.items.map((item) => item.templateKey).sort()).not.toEqual(recommended.map((item) => item.templateKey).sort());
  });

  it("archives the previous plan and keeps it, with its items: one active plan per user", async () => {
    const first = dataOf(await createPlanAction({ assessmentId: await savedAssessment(user, ENGINEER) })).planId;
    const firstItems = await db.planItem.findMany({ where: { planId: first }, orderBy: { id: "asc" } });
    const second = dataOf(await createPlanAction({ assessmentId: await savedAssessment(user, DESIGNER) })).planId;

    const plans = await db.plan.findMany({ where: { userId: user.id } });
    expect(plans).toHaveLength(2);
    expect(plans.find((plan) => plan.id === first)?.archivedAt).toBeInstanceOf(Date);
    expect(plans.find((plan) => plan.id === second)?.archivedAt).toBeNull();
    expect(await db.planItem.findMany({ where: { planId: first }, orderBy: { id: "asc" } })).toEqual(firstItems);
    expect((await findActivePlan(user.id))?.id).toBe(second);

    const history = await listPlans(user.id);
    expect(history.map((plan) => plan.id)).toEqual([second, first]);
    expect(history[1]).toMatchObject({ _count: { items: firstItems.length }, archivedAt: expect.any(Date) });
  });

  it("leaves other users' plans alone", async () => {
    const other = await userWithPlan(DESIGNER);
    const othersBefore = await db.plan.findMany({ where: { userId: other.user.id } });
    signInAs(user);
    dataOf(await createPlanAction({ assessmentId: await savedAssessment(user) }));
    dataOf(await createPlanAction({ assessmentId: await savedAssessment(user) }));
    expect(await db.plan.findMany({ where: { userId: other.user.id } })).toEqual(othersBefore);
    expect((await findActivePlan(other.user.id))?.id).toBe(other.plan.id);
  });

  it("answers an unexpected failure with a reference id, never the raw error, and writes nothing", async () => {
    // A stored assessment that no longer matches the schema makes generation throw a ZodError.
    const broken = await db.assessment.create({
      data: { userId: user.id, input: { currentRole: "pilot" }, result: {}, modelVersion: "old", readiness: 0, recommendedPath: "startup" },
    });
    signInAs(user);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await databaseSnapshot();
    const result = await createPlanAction({ assessmentId: broken.id });
    expect(result).toEqual({
      ok: false,
      code: "INTERNAL",
      reference: expect.stringMatching(/^[0-9a-f]{8}$/),
      message: expect.stringMatching(/^Something went wrong on our side\. Please try again \(reference [0-9a-f]{8}\)\.$/),
      fieldErrors: {},
    });
    expect(JSON.stringify(result)).not.toMatch(/pilot|currentRole|Zod|invalid/i);
    const reference = !result.ok && result.message.match(/reference ([0-9a-f]{8})/)![1];
    expect(logged).toHaveBeenCalledWith(`[action error ${reference}]`, expect.anything());
    logged.mockRestore();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a missing assessment and visitors, changing nothing", async () => {
    const { assessmentId } = await userWithPlan();
    signInAs(user);
    const before = await databaseSnapshot();
    expect(await createPlanAction({ assessmentId: "missing" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "That assessment was not found.",
      fieldErrors: {},
    });
    signInAs(null);
    expect(await createPlanAction({ assessmentId })).toEqual(SIGNED_OUT);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe(`plan reads and item writes on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("reloadPlanAction returns the active plan as findActivePlan sees it", async () => {
    const { user, plan } = await userWithPlan();
    expect(await reloadPlanAction({})).toEqual({ ok: true, data: { plan } });
    expect(plan.items.map((item) => [item.phase, item.position])).toEqual(
      [...plan.items].sort((a, b) => a.phase - b.phase || a.position - b.position).map((item) => [item.phase, item.position]),
    );
    expect(plan.archivedItems).toEqual([]);
    signInAs(await createUser());
    expect(await reloadPlanAction({})).toEqual({ ok: false, code: "NOT_FOUND", message: NO_ACTIVE_PLAN, fieldErrors: {} });
    signInAs(null);
    expect(await reloadPlanAction({})).toEqual(SIGNED_OUT);
    expect((await findActivePlan(user.id))?.id).toBe(plan.id);
  });

  it("findActivePlan lists archived items separately", async () => {
    const { user, plan } = await userWithPlan();
    const item = plan.items[2]!;
    await db.planItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
    const fresh = await findActivePlan(user.id);
    expect(fresh!.items.map((i) => i.id)).not.toContain(item.id);
    expect(fresh!.archivedItems.map((i) => i.id)).toEqual([item.id]);
    expect(fresh!.items).toHaveLength(plan.items.length - 1);
  });

  it("setItemStatusAction stores the status, bumps the version and logs the event", async () => {
    const { user, plan } = await userWithPlan();
    const item = plan.items[0]!;
    const { item: updated } = dataOf(await setItemStatusAction({ itemId: item.id, status: "in_progress", version: 1 }));
    expect(updated).toMatchObject({ id: item.id, status: "in_progress", version: 2, title: item.title });
    expect(updated.statusChangedAt).not.toBeNull();
    expect(await findOwnedItem(user.id, item.id)).toEqual(updated);

    const row = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ status: "in_progress", version: 2 });
    expect(await db.activityEvent.findMany({ where: { itemId: item.id }, select: { kind: true, userId: true } })).toEqual([
      { kind: "item_in_progress", userId: user.id },
    ]);
    // Nothing else moved.
    expect(await db.planItem.count({ where: { planId: plan.id, version: 1 } })).toBe(plan.items.length - 1);
  });

  it("updateItemNoteAction stores the note as typed, up to 2,000 characters, and can clear it", async () => {
    const { user, plan } = await userWithPlan();
    const item = plan.items[1]!;
    const note = `  Asked Priya for a coffee chat.\nFollow up Friday.  ${"x".repeat(1_940)}`;
    expect(note.length).toBeLessThanOrEqual(2_000);
    const first = dataOf(await updateItemNoteAction({ itemId: item.id, note, version: 1 })).item;
    expect(first).toMatchObject({ note, version: 2, status: "todo" });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).note).toBe(note);

    const cleared = dataOf(await updateItemNoteAction({ itemId: item.id, note: "", version: 2 })).item;
    expect(cleared).toMatchObject({ note: "", version: 3 });
    expect(await findOwnedItem(user.id, item.id)).toEqual(cleared);
  });

  it("rejects visitors on every item write and changes nothing", async () => {
    const { plan } = await userWithPlan();
    const item = plan.items[0]!;
    const before = await databaseSnapshot();
    signInAs(null);
    expect(await setItemStatusAction({ itemId: item.id, status: "done", version: 1 })).toEqual(SIGNED_OUT);
    expect(await updateItemNoteAction({ itemId: item.id, note: "hi", version: 1 })).toEqual(SIGNED_OUT);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
