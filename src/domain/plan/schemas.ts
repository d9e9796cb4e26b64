import "../zod-config";
import { z } from "zod";
import { PATHS } from "@/domain/assessment/schemas";
import { cleanMultiLine, cleanSingleLine } from "@/domain/text";
import { ITEM_STATUSES, PLAN_PHASES } from "./model";

/** Inputs of the plan actions: shared by the dashboard (client-side hints) and the server (the real check). */

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}` })
    .trim()
    .min(1, { error: `Missing ${what}` })
    .max(64, { error: `Unknown ${what}` });

const version = z
  .number({ error: "Missing item version" })
  .int({ error: "Invalid item version" })
  .min(1, { error: "Invalid item version" });

export const itemTitleSchema = z
  .string({ error: "Give the item a title" })
  .overwrite(cleanSingleLine)
  .trim()
  .min(1, { error: "Give the item a title" })
  .max(200, { error: "Keep the title to 200 characters or fewer" });

export const itemNoteSchema = z
  .string({ error: "The note must be text" })
  .overwrite(cleanMultiLine)
  .max(2_000, { error: "Keep the note to 2,000 characters or fewer" });

export const itemDetailSchema = z
  .string({ error: "The description must be text" })
  .overwrite(cleanMultiLine)
  .trim()
  .max(2_000, { error: "Keep the description to 2,000 characters or fewer" });

export const phaseSchema = z.union(
  PLAN_PHASES.map((p) => z.literal(p)),
  { error: "Choose a phase: first 30 days, days 31–60 or days 61–90" },
);

/** A new plan, or a plan update: from one of the user's assessments, for a path (default: its recommendation). */
export const createPlanSchema = z.strictObject({
  assessmentId: id("assessment"),
  path: z.enum(PATHS, { error: "Choose one of the three paths" }).optional(),
});

/**
 * Moving the active plan to an assessment and path takes the same input as building a plan.
 * @alias (knip: a deliberate second name, one per action)
 */
export const applyPlanUpdateSchema = createPlanSchema;

export const setItemStatusSchema = z.strictObject({
  itemId: id("item"),
  status: z.enum(ITEM_STATUSES, { error: "Choose to do, in progress, done or skipped" }),
  version,
});

export const updateItemNoteSchema = z.strictObject({ itemId: id("item"), note: itemNoteSchema, version });

export const addCustomItemSchema = z.strictObject({
  title: itemTitleSchema,
  detail: itemDetailSchema.default(""),
  phase: phaseSchema,
});

export const editCustomItemSchema = z.strictObject({
  itemId: id("item"),
  title: itemTitleSchema,
  detail: itemDetailSchema.default(""),
  version,
});

export const moveItemSchema = z.strictObject({
  itemId: id("item"),
  direction: z.enum(["up", "down"], { error: "Move up or down" }),
});

export const itemRefSchema = z.strictObject({ itemId: id("item") });
