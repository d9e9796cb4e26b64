import Link from "next/link";
import { SKILL_MODEL } from "@/domain/assessment/skills";
import {
  filterResources,
  isResourceTopic,
  parseResourceFilter,
  RESOURCE_KIND_LABELS,
  RESOURCE_TOPIC_LABELS,
  toLink,
} from "@/domain/resource";
import { ResourceFilterForm } from "./resource-filter-form";
import { ResourceList } from "./resource-list";

/**
 * The curated resource library, filterable by skill area (or plan step) and kind; public, no JS needed.
 * Prerendered unfiltered at /resources; a query string is served by /resources/search (src/proxy.ts rewrites to it).
 */
export function ResourcesView({ params }: { params: { area?: unknown; kind?: unknown } }) {
  const { focus, kind, fieldErrors } = parseResourceFilter(params);
  const resources = filterResources({ focus, kind }).map(toLink);
  const focusLabel = focus ? (isResourceTopic(focus) ? RESOURCE_TOPIC_LABELS[focus] : SKILL_MODEL[focus].label) : null;
  const scope = [focusLabel, kind ? RESOURCE_KIND_LABELS[kind] : null].filter(Boolean).join(" · ");

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Resources for your move into product</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Books, courses, articles, communities, podcasts and tools we picked for each PM skill area and for the general steps of a plan.
          Most are free; each says so. The descriptions are ours, and the links open other sites.
        </p>
      </header>
      <ResourceFilterForm area={focus} kind={kind} fieldErrors={fieldErrors} />
      <section aria-labelledby="resource-results" className="flex flex-col gap-4">
        <h2 id="resource-results" className="text-xl font-semibold">
          {resources.length === 1 ? "1 resource" : `${resources.length} resources`}
          {scope && <span className="font-normal text-slate-700 dark:text-slate-300"> · {scope}</span>}
        </h2>
        {resources.length > 0 ? (
          <ResourceList resources={resources} label="Resources" />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            Nothing matches both choices.{" "}
            <Link href="/resources" className="font-medium text-brand-700 underline dark:text-brand-300">
              Show all resources
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
