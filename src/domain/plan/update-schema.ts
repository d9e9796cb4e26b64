import "../zod-config";
import { z } from "zod";
import { PATHS } from "@/domain/assessment/schema";

/** Input of the plan-update action: shared by the confirm form and the server. */
export const applyPlanUpdateSchema = z.strictObject({
  assessmentId: z
    .string({ error: "Missing assessment" })
    .trim()
    .min(1, { error: "Missing assessment" })
    .max(64, { error: "Unknown assessment" }),
  /** The path to follow; the assessment's recommendation when left out. */
  path: z.enum(PATHS, { error: "Choose one of the three paths" }).optional(),
});
