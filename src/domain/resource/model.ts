/**
 * The shape of a curated resource: a book, course, article, community, podcast or tool that helps with a
 * skill area or a general step of the plan. Resources are data shipped with the app, so showing them needs
 * no network; only following a link does.
 */
import type { SkillArea } from "@/domain/assessment/schemas";

export const RESOURCE_KINDS = ["book", "course", "article", "community", "podcast", "tool"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  book: "Book",
  course: "Course",
  article: "Articles",
  community: "Community",
  podcast: "Podcast",
  tool: "Tool",
};

/**
 * The general (non-skill) steps a resource can serve. They group the plan's networking, experience,
 * job-search and mindset steps the way a reader browsing `/resources` thinks of them.
 */
export const RESOURCE_TOPICS = [
  "community",
  "networking",
  "mentoring",
  "side_projects",
  "job_search",
  "interviews",
  "entry_roles",
  "mindset",
] as const;
export type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

export const RESOURCE_TOPIC_LABELS: Readonly<Record<ResourceTopic, string>> = {
  community: "Communities",
  networking: "Networking",
  mentoring: "Mentors",
  side_projects: "Side projects",
  job_search: "Researching companies and applying",
  interviews: "Interview practice and coaches",
  entry_roles: "Associate PM and entry roles",
  mindset: "Patience and handling a no",
};

/** Which skill level a skill resource suits best: first steps (rating 1–2) or going further (3+). */
export type ResourceLevel = "foundation" | "stretch";

export interface Resource {
  /** Stable slug, unique in the library. */
  id: string;
  title: string;
  /** The author, or the publisher when there is no single author. */
  author: string;
  /** Always https. */
  url: string;
  kind: ResourceKind;
  /** True when the resource (or a substantial part of it) can be used without paying. */
  free: boolean;
  /** One line in our own words: what it is good for. */
  description: string;
  /** Skill areas it helps with (may be empty for general resources). */
  areas: readonly SkillArea[];
  /** General steps it helps with (may be empty for skill resources). */
  topics: readonly ResourceTopic[];
  /** Plan template keys it is the best match for; it is offered first on those steps. */
  templates: readonly string[];
  /** For skill resources: the level it suits best. Unset = any level. */
  level?: ResourceLevel;
}

/** What a plan item carries: the fields a reader needs to pick and open a resource. */
export interface ResourceLink {
  id: string;
  title: string;
  author: string;
  url: string;
  kind: ResourceKind;
  free: boolean;
  description: string;
}

export function isResourceTopic(value: unknown): value is ResourceTopic {
  return typeof value === "string" && (RESOURCE_TOPICS as readonly string[]).includes(value);
}
