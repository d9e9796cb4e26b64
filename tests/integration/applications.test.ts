import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { FOLLOW_UP_BEFORE_CREATED, MAX_APPLICATIONS, APPLICATION_LIMIT_MESSAGE } from "@/domain/application";
import { addDays } from "@/domain/calendar";
import { dayIn } from "@/domain/time-zone";
import { buildAccountExport } from "@/server/account/export";
import { setTimeZoneAction } from "@/server/account/actions";
import {
  createApplicationAction,
  deleteApplicationAction,
  moveApplicationAction,
  saveHandleNoAction,
  updateApplicationAction,
} from "@/server/application/actions";
import { findApplication, listApplications } from "@/server/application/queries";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";
import { dataOf } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

const base = { company: "Acme", roleTitle: "Associate PM", kind: "associate_pm" } as const;

describe(`applications on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("creates, reads, updates and deletes, keeping a dated stage history", async () => {
    const user = await createUser();
    signInAs(user);
    const { application } = dataOf(
      await createApplicationAction({ ...base, link: "https://acme.example/jobs/1", notes: "Line one\r\nline\u0007 two" }),
    );
    expect(application).toMatchObject({ company: "Acme", stage: "researching", version: 1, notes: "Line one\nline two" });
    expect(application.history.map((h) => h.stage)).toEqual(["researching"]);

    const moved = dataOf(await moveApplicationAction({ applicationId: application.id, version: 1, stage: "applied" })).application;
    const moved2 = dataOf(
      await moveApplicationAction({ applicationId: application.id, version: moved.version, stage: "interviewing" }),
    ).application;
    expect(moved2.stage).toBe("interviewing");
    expect(moved2.history.map((h) => h.stage)).toEqual(["researching", "applied", "interviewing"]);
    for (const change of moved2.history) expect(Number.isNaN(Date.parse(change.changedAt))).toBe(false);

    const updated = dataOf(
      await updateApplicationAction({ ...base, applicationId: application.id, version: moved2.version, company: "Acme Corp", kind: "pm" }),
    ).application;
    expect(updated).toMatchObject({ company: "Acme Corp", kind: "pm", stage: "interviewing", link: "" });

    const rejected = dataOf(
      await moveApplicationAction({ applicationId: application.id, version: updated.version, stage: "rejected" }),
    ).application;
    const handled = dataOf(
      await saveHandleNoAction({
        applicationId: application.id,
        version: rejected.version,
        lesson: "Metrics answer was thin",
        feedbackFrom: "The recruiter",
      }),
    ).application;
    expect(handled).toMatchObject({ lesson: "Metrics answer was thin", feedbackFrom: "The recruiter" });

    expect((await listApplications(user.id)).map((a) => a.id)).toEqual([application.id]);
    const events = await db.activityEvent.findMany({ where: { userId: user.id }, select: { kind: true } });
    expect(events.map((e) => e.kind).sort()).toEqual([
      "application_added",
      "application_applied",
      "application_interviewing",
      "application_rejected",
    ]);

    dataOf(await deleteApplicationAction({ applicationId: application.id }));
    expect(await findApplication(user.id, application.id)).toBeNull();
    expect(await db.applicationStageChange.count()).toBe(0);
  });

  it("refuses a stale write with the fresh application, changing nothing", async () => {
    const user = await createUser();
    signInAs(user);
    const { application } = dataOf(await createApplicationAction(base));
    dataOf(await moveApplicationAction({ applicationId: application.id, version: 1, stage: "applied" }));
    const before = await databaseSnapshot();
    const stale = await updateApplicationAction({ ...base, applicationId: application.id, version: 1, company: "Other" });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.message).toMatch(/changed elsewhere/);
    expect(stale.details).toMatchObject({ application: { company: "Acme", stage: "applied", version: 2 } });
    const staleMove = await moveApplicationAction({ applicationId: application.id, version: 1, stage: "offer" });
    expect(staleMove.ok).toBe(false);
    expect(await databaseSnapshot()).toBe(before);
  });

  it("rejects a follow-up before the day the application was added, at the field", async () => {
    const user = await createUser();
    signInAs(user);
    const today = dayIn(new Date(), "UTC");
    const early = await createApplicationAction({ ...base, followUpOn: addDays(today, -1) });
    expect(early).toMatchObject({ ok: false, fieldErrors: { followUpOn: [FOLLOW_UP_BEFORE_CREATED] } });
    const { application } = dataOf(await createApplicationAction({ ...base, followUpOn: today }));
    expect(application.followUpOn).toBe(today);
    const update = await updateApplicationAction({ ...base, applicationId: application.id, version: 1, followUpOn: addDays(today, -3) });
    expect(update).toMatchObject({ ok: false, fieldErrors: { followUpOn: [FOLLOW_UP_BEFORE_CREATED] } });
    const bad = await createApplicationAction({ ...base, followUpOn: "2026-02-30" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { followUpOn: [expect.stringMatching(/real date/)] } });
  });

  it("counts the day the application was added in the user's time zone", async () => {
    const user = await createUser();
    signInAs(user);
    // Kiritimati is UTC+14: its "today" is always at or after UTC's, so UTC's today may be "before created" there.
    dataOf(await setTimeZoneAction({ timeZone: "Pacific/Kiritimati" }));
    const localToday = dayIn(new Date(), "Pacific/Kiritimati");
    const yesterday = await createApplicationAction({ ...base, followUpOn: addDays(localToday, -1) });
    expect(yesterday.ok).toBe(false);
    dataOf(await createApplicationAction({ ...base, followUpOn: localToday }));
  });

  it("refuses javascript: links and other bad input at the field", async () => {
    const user = await createUser();
    signInAs(user);
    const before = await databaseSnapshot();
    const js = await createApplicationAction({ ...base, link: "javascript:alert(1)" });
    expect(js).toMatchObject({ ok: false, fieldErrors: { link: [expect.stringMatching(/http/)] } });
    const long = await createApplicationAction({ ...base, company: "x".repeat(121) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { company: [expect.stringMatching(/120/)] } });
    const blank = await createApplicationAction({ ...base, company: " \u0000 " });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { company: [expect.any(String)] } });
    const sameStage = await createApplicationAction({ ...base, stage: "nope" });
    expect(sameStage).toMatchObject({ ok: false, fieldErrors: { stage: [expect.any(String)] } });
    expect(await databaseSnapshot()).toBe(before);
  });

  it(`stops at ${MAX_APPLICATIONS} applications with a clear message`, async () => {
    const user = await createUser();
    signInAs(user);
    await db.application.createMany({
      data: Array.from({ length: MAX_APPLICATIONS - 1 }, (_, i) => ({ userId: user.id, company: `Co ${i}`, roleTitle: "PM", kind: "pm" })),
    });
    dataOf(await createApplicationAction(base));
    const over = await createApplicationAction(base);
    expect(over).toMatchObject({ ok: false, code: "QUOTA", message: APPLICATION_LIMIT_MESSAGE });
    expect(await db.application.count({ where: { userId: user.id } })).toBe(MAX_APPLICATIONS);
  });

  it("exports applications with their stage history", async () => {
    const user = await createUser();
    signInAs(user);
    const { application } = dataOf(await createApplicationAction({ ...base, stage: "applied" }));
    dataOf(await moveApplicationAction({ applicationId: application.id, version: 1, stage: "screening" }));
    const exported = await buildAccountExport(user.id, new Date());
    expect(exported?.applications).toHaveLength(1);
    expect(exported?.applications[0]?.stageChanges.map((c) => c.stage)).toEqual(["applied", "screening"]);
    expect(JSON.stringify(exported)).not.toMatch(/"version"|"userId"/);
  });
});
