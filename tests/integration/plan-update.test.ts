// Plan update after a path change, against the real database: each merge rule must hold in the rows,
// not only in the pure merge (tests/unit/plan/merge.test.ts covers that).
import { signInAs } from "../support/session";
import { beforeEach, describe, expect, it } from "vitest";
import type { AssessmentInput } from "@/domain/assessment";
import type { ActionResult } from "@/server/action";
import { saveAssessmentAction } from "@/server/assessment/actions";
import { addCustomItemAction, createPlanAction, setItemStatusAction, updateItemNoteAction } from "@/server/plan/actions";
import { loadPlanUpdate } from "@/server/plan/update";
import { applyPlanUpdateAction, restoreItemAction } from "@/server/plan/actions";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";

/**
 * A data analyst at a company without PMs who wants mentorship: a PM role at a new company is recommended, at
 * level "associate" (no cross-functional lead: model 3's level would otherwise be "pm" and drop the APM step).
 */
const NO_PMS: AssessmentInput = {
  currentRole: "data_analyst",
  yearsExperience: 4,
  employment: "employed",
  company: { employsPMs: false, worksWithPMs: false, tenureYears: 3, managerSupport: "unsure" },
  riskTolerance: 2,
  wantsMentorship: 4,
  evidence: { sideProject: false, ledCrossFunctional: false, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 4, technical: 3, execution: 3, communication: 3, leadership: 2, business: 2 },
};

/** The same person once the company hires PMs they work with, and their manager backs them: internal move. */
const WITH_PMS: AssessmentInput = {
  ...NO_PMS,
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 3, managerSupport: "yes" },
};

type User = Awaited<ReturnType<typeof createUser>>;

function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

function messageOf(result: ActionResult<unknown>): string {
  if (result.ok) expect.fail("expected the action to be refused");
  return result.message;
}

async function itemByKey(planId: string, templateKey: string) {
  return db.planItem.findFirstOrThrow({ where: { planId, templateKey } });
}

/**
 * User with a junior-PM plan on which they have: ticked one item done, skipped one, started one,
 * written a note on one and added one of their own; then re-assessed so internal move is recommended.
 */
async function userWhoseRecommendationChanged(user: User) {
  signInAs(user);
  const first = dataOf(await saveAssessmentAction(NO_PMS)).id;
  const { planId } = dataOf(await createPlanAction({ assessmentId: first }));
  const set = async (key: string, status: "done" | "skipped" | "in_progress") => {
    const item = await itemByKey(planId, key);
    return dataOf(await setItemStatusAction({ itemId: item.id, status, version: item.version })).item;
  };
  const done = await set("path.junior.fit_industries", "done");
  const skipped = await set("job_search.shortlist", "skipped");
  const started = await set("experience.side_project", "in_progress");
  const toNote = await itemByKey(planId, "path.junior.apm_programs");
  const noted = dataOf(await updateItemNoteAction({ itemId: toNote.id, note: "Two programs found", version: toNote.version })).item;
  const custom = dataOf(await addCustomItemAction({ title: "Coffee with the data team lead", phase: 1 })).item;
  const second = dataOf(await saveAssessmentAction(WITH_PMS)).id;
  return { planId, first, second, done, skipped, started, noted, custom };
}

/** Active items of a plan must never share a position within a phase (reordering relies on it). */
async function expectDistinctPositions(planId: string) {
  const active = await db.planItem.findMany({ where: { planId, archivedAt: null } });
  const slots = active.map((item) => `${item.phase}:${item.position}`);
  expect(new Set(slots).size).toBe(slots.length);
}

describe(`plan update after a path change on ${testDbProvider}`, () => {
  beforeEach(resetDatabase);

  it("previews the merge the update will apply", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    const preview = await loadPlanUpdate(db, user.id, s.second);
    if (preview.kind !== "ready") expect.fail(`expected a ready preview, got ${preview.kind}`);
    expect(preview.path).toBe("internal_move");
    expect(preview.plan.path).toBe("junior_pm");
    const keys = (items: { templateKey: string | null }[]) => items.map((i) => i.templateKey);
    expect(keys(preview.merge.add)).toContain("path.internal.manager_case");
    expect(keys(preview.merge.archive)).toContain("path.junior.resume_first");
    expect(preview.merge.keep.map((i) => i.id)).toEqual(
      expect.arrayContaining([s.done.id, s.skipped.id, s.started.id, s.noted.id, s.custom.id]),
    );
    expect(preview.merge.archive.map((i) => i.id)).not.toEqual(
      expect.arrayContaining([s.done.id, s.skipped.id, s.started.id, s.noted.id, s.custom.id]),
    );
  });

  it("applies every merge rule in the database and deletes nothing", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    const before = await db.planItem.findMany({ where: { planId: s.planId } });
    const preview = await loadPlanUpdate(db, user.id, s.second);
    if (preview.kind !== "ready") expect.fail("expected a ready preview");

    const applied = dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    expect(applied).toMatchObject({ planId: s.planId, path: "internal_move" });
    expect(applied.summary.added).toBe(preview.merge.add.length);
    expect(applied.summary.archived).toBe(preview.merge.archive.length);

    const plan = await db.plan.findUniqueOrThrow({ where: { id: s.planId } });
    expect(plan).toMatchObject({ path: "internal_move", assessmentId: s.second, archivedAt: null });

    const after = await db.planItem.findMany({ where: { planId: s.planId } });
    const byId = new Map(after.map((row) => [row.id, row]));
    // Never deletes: every row that was there is still there.
    for (const row of before) expect(byId.has(row.id)).toBe(true);
    expect(after).toHaveLength(before.length + preview.merge.add.length);

    // Done, skipped, started, noted and custom items were not written at all: same dates, notes, versions.
    for (const kept of [s.done, s.skipped, s.started, s.noted, s.custom]) {
      const row = byId.get(kept.id)!;
      const old = before.find((b) => b.id === kept.id)!;
      expect(row).toMatchObject({ archivedAt: null, status: old.status, note: old.note, version: old.version });
      expect(row.statusChangedAt?.getTime()).toBe(old.statusChangedAt?.getTime());
      expect(row.updatedAt.getTime()).toBe(old.updatedAt.getTime());
    }
    expect(byId.get(s.done.id)!.statusChangedAt).not.toBeNull();
    expect(byId.get(s.noted.id)!.note).toBe("Two programs found");
    expect(byId.get(s.custom.id)).toMatchObject({ custom: true, title: "Coffee with the data team lead" });

    // Untouched items that no longer apply are archived (with a bumped version), not deleted.
    for (const archived of preview.merge.archive) {
      const row = byId.get(archived.id)!;
      expect(row.archivedAt).toBeInstanceOf(Date);
      expect(row.version).toBe(archived.version + 1);
      expect(row.status).toBe("todo");
    }
    // New internal-move items are in, after the active items of their phase.
    const added = after.filter((row) => !before.some((b) => b.id === row.id));
    expect(added.map((row) => row.templateKey)).toEqual(expect.arrayContaining(["path.internal.manager_case"]));
    expect(added.every((row) => row.archivedAt === null && row.status === "todo" && !row.custom)).toBe(true);
    await expectDistinctPositions(s.planId);

    // Applying the same update again changes nothing.
    const again = dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    expect(again.summary).toMatchObject({ added: 0, archived: 0, restored: 0 });
    expect(await db.planItem.count({ where: { planId: s.planId } })).toBe(after.length);
  });

  it("restores archived items when the user goes back to the earlier path", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    const resume = await itemByKey(s.planId, "path.junior.resume_first");
    expect(resume.archivedAt).not.toBeNull();

    const back = dataOf(await applyPlanUpdateAction({ assessmentId: s.second, path: "junior_pm" }));
    expect(back.path).toBe("junior_pm");
    expect(back.summary.restored).toBeGreaterThan(0);
    expect(back.summary.added).toBe(0);
    expect((await db.planItem.findUniqueOrThrow({ where: { id: resume.id } })).archivedAt).toBeNull();
    // The internal-move items the user never touched are set aside in turn.
    expect((await itemByKey(s.planId, "path.internal.manager_case")).archivedAt).not.toBeNull();
    expect((await db.plan.findUniqueOrThrow({ where: { id: s.planId } })).path).toBe("junior_pm");
    await expectDistinctPositions(s.planId);
  });

  it("restores a single archived item at the end of its phase, and a second restore is harmless", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    const archived = await itemByKey(s.planId, "path.junior.resume_first");
    const lastActive = await db.planItem.findFirstOrThrow({
      where: { planId: s.planId, phase: archived.phase, archivedAt: null },
      orderBy: { position: "desc" },
    });

    const { item } = dataOf(await restoreItemAction({ itemId: archived.id }));
    expect(item).toMatchObject({ id: archived.id, archivedAt: null, position: lastActive.position + 1, version: archived.version + 1 });
    const row = await db.planItem.findUniqueOrThrow({ where: { id: archived.id } });
    expect(row).toMatchObject({ archivedAt: null, title: archived.title, status: "todo" });
    expect(dataOf(await restoreItemAction({ itemId: archived.id })).item.version).toBe(archived.version + 1);
    await expectDistinctPositions(s.planId);
  });

  it("refuses an item of a plan that is no longer the active one", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    const archived = await itemByKey(s.planId, "path.junior.resume_first");
    dataOf(await createPlanAction({ assessmentId: s.second })); // replaces the plan
    expect(messageOf(await restoreItemAction({ itemId: archived.id }))).toBe("That item was not found. It may have been removed.");
  });

  it("explains when there is no plan to update", async () => {
    const user = await createUser();
    signInAs(user);
    const id = dataOf(await saveAssessmentAction(WITH_PMS)).id;
    expect((await loadPlanUpdate(db, user.id, id)).kind).toBe("no-plan");
    expect(messageOf(await applyPlanUpdateAction({ assessmentId: id }))).toMatch(/don't have an active plan/);
  });

  it("validates the path", async () => {
    const user = await createUser();
    signInAs(user);
    const id = dataOf(await saveAssessmentAction(WITH_PMS)).id;
    const result = await applyPlanUpdateAction({ assessmentId: id, path: "astronaut" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { path: ["Choose one of the three paths"] } });
  });

  it("keeps two users apart: another user's ids read exactly like missing ones and change nothing", async () => {
    const a = await createUser();
    const s = await userWhoseRecommendationChanged(a);
    dataOf(await applyPlanUpdateAction({ assessmentId: s.second }));
    const aArchived = await itemByKey(s.planId, "path.junior.resume_first");

    // B has a plan of their own, so "not found" can't be explained by B having nothing.
    const b = await createUser();
    signInAs(b);
    const bAssessment = dataOf(await saveAssessmentAction(NO_PMS)).id;
    dataOf(await createPlanAction({ assessmentId: bAssessment }));

    const rows = async () => ({
      plans: await db.plan.findMany({ orderBy: { id: "asc" } }),
      items: await db.planItem.findMany({ orderBy: { id: "asc" } }),
    });
    const before = await rows();

    expect(await loadPlanUpdate(db, b.id, s.second)).toEqual({ kind: "not-found" });
    expect(await loadPlanUpdate(db, b.id, "no-such-assessment")).toEqual({ kind: "not-found" });

    const foreignApply = messageOf(await applyPlanUpdateAction({ assessmentId: s.second, path: "startup" }));
    expect(foreignApply).toBe(messageOf(await applyPlanUpdateAction({ assessmentId: "no-such-assessment" })));

    const foreignRestore = messageOf(await restoreItemAction({ itemId: aArchived.id }));
    expect(foreignRestore).toBe(messageOf(await restoreItemAction({ itemId: "no-such-item" })));

    expect(await rows()).toEqual(before);

    // B updating their own plan leaves A's alone.
    const bSecond = dataOf(await saveAssessmentAction(WITH_PMS)).id;
    dataOf(await applyPlanUpdateAction({ assessmentId: bSecond }));
    const aItemsAfter = (await rows()).items.filter((item) => item.planId === s.planId);
    expect(aItemsAfter).toEqual(before.items.filter((item) => item.planId === s.planId));
  });

  it("two confirmations at once add the new items only once", async () => {
    const user = await createUser();
    const s = await userWhoseRecommendationChanged(user);
    const results = await Promise.all([
      applyPlanUpdateAction({ assessmentId: s.second }),
      applyPlanUpdateAction({ assessmentId: s.second }),
    ]);
    expect(results.some((r) => r.ok)).toBe(true);
    const meetPms = await db.planItem.count({ where: { planId: s.planId, templateKey: "path.internal.manager_case" } });
    expect(meetPms).toBe(1);
    await expectDistinctPositions(s.planId);
  });
});
