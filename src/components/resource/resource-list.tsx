import { RESOURCE_KIND_LABELS, type ResourceLink } from "@/domain/resource/model";

interface ResourceListProps {
  resources: readonly ResourceLink[];
  /** Accessible name of the list, e.g. "Resources for “Learn the core product metrics”". */
  label: string;
  /** Show each resource's one-line description (the `/resources` page and step details do; print does not). */
  withDescription?: boolean;
}

/**
 * Curated external links: https only, and `noopener noreferrer` so the other site gets neither a handle on
 * this tab nor the page the reader came from. No `target`: the reader's browser decides where links open.
 */
export function ResourceList({ resources, label, withDescription = true }: ResourceListProps) {
  const safe = resources.filter((r) => r.url.startsWith("https://"));
  if (safe.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {safe.map((r) => (
        <li key={r.id} className="text-sm">
          <a
            href={r.url}
            rel="noopener noreferrer"
            className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-300 dark:hover:text-brand-200"
          >
            {r.title}
          </a>
          <span className="text-slate-700 dark:text-slate-300">
            {" "}
            · {r.author} · {RESOURCE_KIND_LABELS[r.kind]} · {r.free ? "Free" : "Paid"}
          </span>
          {withDescription && <p className="text-slate-700 dark:text-slate-300">{r.description}</p>}
        </li>
      ))}
    </ul>
  );
}
