/**
 * The curated resource library and its lookups. Pure data: no I/O, so a plan, the result page and the
 * `/resources` page all show the same resources without any network.
 */
import { SKILL_AREAS, type SkillArea } from "@/domain/assessment/schemas";
import { GENERAL_RESOURCES } from "./general-library";
import type { Resource, ResourceKind, ResourceLevel, ResourceLink, ResourceTopic } from "./model";
import { SKILL_RESOURCES } from "./skill-library";

export * from "./model";

/** Every resource, skill areas first, in a stable order. */
export const RESOURCES: readonly Resource[] = [...SKILL_RESOURCES, ...GENERAL_RESOURCES];

/** How many resources a plan step or a gap shows: enough to choose from, few enough to read. */
export const RESOURCES_PER_STEP = 3;

/** The fields a plan item or a result gap carries. */
export function toLink(resource: Resource): ResourceLink {
  const { id, title, author, url, kind, free, description } = resource;
  return { id, title, author, url, kind, free, description };
}

/** Skill template keys follow `skill.<area>.<level>.<step>[.for_<variant>]` (src/domain/plan/templates/skill-template.ts). */
function parseSkillKey(key: string): { area: SkillArea; level?: ResourceLevel } | undefined {
  const [prefix, area, level] = key.split(".");
  if (prefix !== "skill" || area === undefined || !(SKILL_AREAS as readonly string[]).includes(area)) return undefined;
  return {
    area: area as SkillArea,
    level: level === "foundation" || level === "stretch" ? level : undefined,
  };
}

/**
 * Resources for a plan step, best first, at most `limit`: resources naming the template first, then (for a
 * skill step) those for its area at its level, then the rest of the area; free before paid within each
 * rank, then library order. Deterministic.
 */
export function resourcesForTemplate(key: string, limit: number = RESOURCES_PER_STEP): ResourceLink[] {
  const cacheKey = `${key}|${limit}`;
  let found = FOR_TEMPLATE.get(cacheKey);
  if (!found) {
    found = lookUpForTemplate(key, limit);
    FOR_TEMPLATE.set(cacheKey, found);
  }
  return found.map((link) => ({ ...link }));
}

/** The library never changes at run time, so a step's resources are worked out once per key. */
const FOR_TEMPLATE = new Map<string, readonly ResourceLink[]>();

function lookUpForTemplate(key: string, limit: number): ResourceLink[] {
  const skill = parseSkillKey(key);
  const rank = (r: Resource): number | undefined => {
    if (r.templates.includes(key)) return 0;
    if (!skill || !r.areas.includes(skill.area)) return undefined;
    if (r.level === undefined || r.level === skill.level) return 1;
    return 2;
  };
  return ranked(RESOURCES, rank, limit);
}

/** Resources for a skill area (e.g. under a gap on the result page), best first. */
export function resourcesForArea(area: SkillArea, options: { level?: ResourceLevel; limit?: number } = {}): ResourceLink[] {
  const rank = (r: Resource): number | undefined => {
    if (!r.areas.includes(area)) return undefined;
    if (options.level === undefined || r.level === undefined || r.level === options.level) return 0;
    return 1;
  };
  return ranked(RESOURCES, rank, options.limit ?? Number.POSITIVE_INFINITY);
}

function ranked(resources: readonly Resource[], rank: (r: Resource) => number | undefined, limit: number): ResourceLink[] {
  return resources
    .flatMap((r, index) => {
      const value = rank(r);
      return value === undefined ? [] : [{ r, value, index }];
    })
    .sort((a, b) => a.value - b.value || Number(b.r.free) - Number(a.r.free) || a.index - b.index)
    .slice(0, limit)
    .map(({ r }) => toLink(r));
}

/** A `/resources` filter: a skill area or general topic, and a kind; unset means all. */
export interface ResourceFilter {
  focus?: SkillArea | ResourceTopic;
  kind?: ResourceKind;
}

/** The library filtered for the `/resources` page, in library order. */
export function filterResources(filter: ResourceFilter): Resource[] {
  return RESOURCES.filter(
    (r) =>
      (filter.kind === undefined || r.kind === filter.kind) &&
      (filter.focus === undefined ||
        (r.areas as readonly string[]).includes(filter.focus) ||
        (r.topics as readonly string[]).includes(filter.focus)),
  );
}
export { parseResourceFilter } from "./filter";
