import { STAGES, type Stage } from "./model";

export const SORT_KEYS = ["company", "role", "stage", "followUp", "added"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

interface Sortable {
  company: string;
  roleTitle: string;
  stage: Stage;
  followUpOn: string | null;
  createdAt: string;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compare(a: Sortable, b: Sortable, key: SortKey): number {
  switch (key) {
    case "company":
      return collator.compare(a.company, b.company);
    case "role":
      return collator.compare(a.roleTitle, b.roleTitle);
    case "stage":
      return STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);
    case "followUp":
      // No follow-up sorts last in either direction would be surprising; it sorts as "latest".
      return (a.followUpOn ?? "9999-12-31").localeCompare(b.followUpOn ?? "9999-12-31");
    case "added":
      return a.createdAt.localeCompare(b.createdAt);
  }
}

/** A sorted copy; ties keep company order so the table never shuffles between requests. */
export function sortApplications<T extends Sortable>(list: readonly T[], key: SortKey, direction: SortDirection): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...list].sort((a, b) => sign * compare(a, b, key) || collator.compare(a.company, b.company));
}

/** Reads `?sort=&dir=` without trusting them. */
export function parseSort(sort: unknown, dir: unknown): { key: SortKey; direction: SortDirection } {
  const key = (SORT_KEYS as readonly unknown[]).includes(sort) ? (sort as SortKey) : "added";
  const direction: SortDirection = dir === "asc" || dir === "desc" ? dir : key === "added" ? "desc" : "asc";
  return { key, direction };
}
