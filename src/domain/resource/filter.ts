/**
 * The `/resources` page's query parameters, validated with zod: `?area=<skill area or general topic>` and
 * `?kind=<kind>`. An unknown value is reported at its field and ignored, so a bad link still shows the
 * library instead of an error page.
 */
import "../zod-config";
import { z } from "zod";
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { RESOURCE_KINDS, RESOURCE_TOPICS, type ResourceKind, type ResourceTopic } from "./model";

export const RESOURCE_FOCUSES = [...SKILL_AREAS, ...RESOURCE_TOPICS] as const;
export type ResourceFocus = SkillArea | ResourceTopic;

const single = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v): unknown => (v === "" || v === "all" ? undefined : single(v)), schema.optional());

export const resourceFilterSchema = z.object({
  area: optionalParam(z.enum(RESOURCE_FOCUSES, { error: "Choose an area from the list" })),
  kind: optionalParam(z.enum(RESOURCE_KINDS, { error: "Choose a kind from the list" })),
});

export interface ParsedResourceFilter {
  focus?: ResourceFocus;
  kind?: ResourceKind;
  /** Field-level messages for values that were ignored. */
  fieldErrors: { area?: string; kind?: string };
}

export function parseResourceFilter(params: { area?: unknown; kind?: unknown }): ParsedResourceFilter {
  const fieldErrors: ParsedResourceFilter["fieldErrors"] = {};
  const area = resourceFilterSchema.shape.area.safeParse(params.area);
  const kind = resourceFilterSchema.shape.kind.safeParse(params.kind);
  if (!area.success) fieldErrors.area = area.error.issues[0]?.message ?? "Choose an area from the list";
  if (!kind.success) fieldErrors.kind = kind.error.issues[0]?.message ?? "Choose a kind from the list";
  return {
    ...(area.success && area.data ? { focus: area.data } : {}),
    ...(kind.success && kind.data ? { kind: kind.data } : {}),
    fieldErrors,
  };
}
