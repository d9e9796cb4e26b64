// Every plan action with bad input: a field error keyed by the field, the generic message, no write.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { INVALID_INPUT_MESSAGE } from "@/shared/action-result";
import {
  addCustomItemAction,
  createPlanAction,
  deleteCustomItemAction,
  editCustomItemAction,
  moveItemAction,
  reloadPlanAction,
  setItemStatusAction,
  updateItemNoteAction,
} from "@/server/plan/actions";
import { resetDatabase, testDbProvider } from "../support/db";
import { dataOf, text, userWithPlan, type TestUser } from "../support/fixtures";
import { databaseSnapshot } from "../support/snapshot";

type Action = (input: unknown) => Promise<{ ok: boolean }>;
/** [case, action, input built from a real item id / assessment id, field, message (or null: any message)] */
type Case = [string, Action, (ids: Ids) => unknown, string, string | null];
interface Ids {
  item: string;
  custom: string;
  assessment: string;
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  data.append("$ACTION_ID_abc", ""); // Next.js' own field: ignored, not an unknown key
  return data;
}

const TITLE = "Keep the title to 200 characters or fewer";
const NO_TITLE = "Give the item a title";
const NOTE = "Keep the note to 2,000 characters or fewer";
const DETAIL = "Keep the description to 2,000 characters or fewer";
const STATUS = "Choose to do, in progress, done or skipped";
const PHASE = "Choose a phase: first 30 days, days 31–60 or days 61–90";

const cases: Case[] = [
  ["status: unknown status", setItemStatusAction, ({ item }) => ({ itemId: item, status: "finished", version: 1 }), "status", STATUS],
  [
    "status: version as text",
    setItemStatusAction,
    ({ item }) => ({ itemId: item, status: "done", version: "1" }),
    "version",
    "Missing item version",
  ],
  [
    "status: version 0",
    setItemStatusAction,
    ({ item }) => ({ itemId: item, status: "done", version: 0 }),
    "version",
    "Invalid item version",
  ],
  [
    "status: fractional version",
    setItemStatusAction,
    ({ item }) => ({ itemId: item, status: "done", version: 1.5 }),
    "version",
    "Invalid item version",
  ],
  ["status: id as a number", setItemStatusAction, () => ({ itemId: 42, status: "done", version: 1 }), "itemId", "Missing item"],
  ["status: blank id", setItemStatusAction, () => ({ itemId: "   ", status: "done", version: 1 }), "itemId", "Missing item"],
  ["status: 65-character id", setItemStatusAction, () => ({ itemId: text(65), status: "done", version: 1 }), "itemId", "Unknown item"],
  [
    "status: unknown key",
    setItemStatusAction,
    ({ item }) => ({ itemId: item, status: "done", version: 1, userId: "x" }),
    "userId",
    "Unknown field: userId",
  ],
  ["status: null", setItemStatusAction, () => null, "_form", null],
  [
    "status: form data",
    setItemStatusAction,
    ({ item }) => form({ itemId: item, status: "done", version: "1" }),
    "version",
    "Missing item version",
  ],
  ["note: 2,001 characters", updateItemNoteAction, ({ item }) => ({ itemId: item, note: text(2_001), version: 1 }), "note", NOTE],
  ["note: null note", updateItemNoteAction, ({ item }) => ({ itemId: item, note: null, version: 1 }), "note", "The note must be text"],
  ["note: missing version", updateItemNoteAction, ({ item }) => ({ itemId: item, note: "hi" }), "version", "Missing item version"],
  ["add: 201-character title", addCustomItemAction, () => ({ title: text(201), phase: 1 }), "title", TITLE],
  ["add: empty title", addCustomItemAction, () => ({ title: "", phase: 1 }), "title", NO_TITLE],
  ["add: blank title", addCustomItemAction, () => ({ title: "    ", phase: 1 }), "title", NO_TITLE],
  ["add: title as a number", addCustomItemAction, () => ({ title: 7, phase: 1 }), "title", NO_TITLE],
  ["add: 2,001-character detail", addCustomItemAction, () => ({ title: "ok", detail: text(2_001), phase: 1 }), "detail", DETAIL],
  ["add: phase 4", addCustomItemAction, () => ({ title: "ok", phase: 4 }), "phase", PHASE],
  ["add: phase as text", addCustomItemAction, () => ({ title: "ok", phase: "2" }), "phase", PHASE],
  ["add: unknown key", addCustomItemAction, () => ({ title: "ok", phase: 1, custom: false }), "custom", "Unknown field: custom"],
  ["add: form data", addCustomItemAction, () => form({ title: "From a form", phase: "1" }), "phase", PHASE],
  [
    "edit: 201-character title",
    editCustomItemAction,
    ({ custom }) => ({ itemId: custom, title: text(201), detail: "", version: 1 }),
    "title",
    TITLE,
  ],
  ["edit: empty title", editCustomItemAction, ({ custom }) => ({ itemId: custom, title: "", detail: "", version: 1 }), "title", NO_TITLE],
  [
    "edit: 2,001-character detail",
    editCustomItemAction,
    ({ custom }) => ({ itemId: custom, title: "ok", detail: text(2_001), version: 1 }),
    "detail",
    DETAIL,
  ],
  [
    "edit: negative version",
    editCustomItemAction,
    ({ custom }) => ({ itemId: custom, title: "ok", version: -3 }),
    "version",
    "Invalid item version",
  ],
  ["delete: missing id", deleteCustomItemAction, () => ({}), "itemId", "Missing item"],
  ["delete: unknown key", deleteCustomItemAction, ({ custom }) => ({ itemId: custom, force: true }), "force", "Unknown field: force"],
  ["move: sideways", moveItemAction, ({ item }) => ({ itemId: item, direction: "left" }), "direction", "Move up or down"],
  ["move: null", moveItemAction, () => null, "_form", null],
  [
    "create: unknown path",
    createPlanAction,
    ({ assessment }) => ({ assessmentId: assessment, path: "ceo" }),
    "path",
    "Choose one of the three paths",
  ],
  ["create: missing assessment id", createPlanAction, () => ({ path: "startup" }), "assessmentId", "Missing assessment"],
  ["create: id as a number", createPlanAction, () => ({ assessmentId: 1 }), "assessmentId", "Missing assessment"],
  ["reload: unknown key", reloadPlanAction, () => ({ planId: "p" }), "planId", "Unknown field: planId"],
];

describe(`plan actions refuse invalid input on ${testDbProvider}`, () => {
  let user: TestUser;
  let ids: Ids;
  beforeAll(async () => {
    await resetDatabase();
    const setup = await userWithPlan();
    user = setup.user;
    const custom = dataOf(await addCustomItemAction({ title: "Mine", phase: 1 })).item;
    ids = { item: setup.plan.items[0]!.id, custom: custom.id, assessment: setup.assessmentId };
  });
  beforeEach(() => signInAs(user));

  it.each(cases)("%s", async (_name, action, build, field, message) => {
    const before = await databaseSnapshot();
    const result = await action(build(ids));
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: INVALID_INPUT_MESSAGE });
    const { fieldErrors } = result as unknown as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(fieldErrors)).toEqual([field]);
    if (message) expect(fieldErrors[field]).toEqual([message]);
    else expect(fieldErrors[field]![0]).toEqual(expect.any(String));
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("keys each unknown key at its own path", async () => {
    const result = await setItemStatusAction({ itemId: ids.item, status: "done", version: 1, userId: "someone", admin: true });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { userId: ["Unknown field: userId"], admin: ["Unknown field: admin"] },
    });
  });

  it("still accepts exactly 200 and 2,000 characters", async () => {
    const { item } = dataOf(await addCustomItemAction({ title: text(200), detail: text(2_000), phase: 2 }));
    expect(item.title).toHaveLength(200);
    const noted = dataOf(await updateItemNoteAction({ itemId: item.id, note: text(2_000), version: 1 })).item;
    expect(noted.note).toHaveLength(2_000);
    dataOf(await deleteCustomItemAction({ itemId: item.id }));
  });
});
