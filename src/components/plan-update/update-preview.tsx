import type { ReactNode } from "react";
import { PATH_INFO, type TransitionPath } from "@/domain/assessment";
import { CATEGORY_LABELS, PHASE_LABELS, type GeneratedItem, type PlanMerge } from "@/domain/plan";
import { formatDay } from "@/domain/time-zone";
import type { MergeItem } from "@/server/plan/update";

interface UpdatePreviewProps {
  merge: PlanMerge<MergeItem>;
  path: TransitionPath;
  /** The person's IANA zone: "Done on …" is their day. */
  timeZone: string;
}

function Group({ id, title, intro, count, children }: { id: string; title: string; intro?: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({count})</span>
      </h2>
      {intro && <p className="text-slate-700 dark:text-slate-300">{intro}</p>}
      {children}
    </section>
  );
}

const listClass = "flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800";
const meta = "text-sm text-slate-600 dark:text-slate-400";

function NewItem({ item }: { item: GeneratedItem }) {
  return (
    <li className="flex flex-col gap-0.5 px-4 py-3">
      <span className="font-medium">{item.title}</span>
      <span className={meta}>
        {PHASE_LABELS[item.phase]} · {CATEGORY_LABELS[item.category]}
      </span>
      <span className="text-sm text-slate-700 dark:text-slate-300">{item.why}</span>
    </li>
  );
}

/** Why a kept item stays, in the user's terms. */
function keptBecause(item: MergeItem, timeZone: string): string {
  const since = item.statusChangedAt ? ` on ${formatDay(item.statusChangedAt, timeZone)}` : "";
  if (item.status === "done") return `Done${since}`;
  if (item.status === "skipped") return `Skipped${since}`;
  if (item.status === "in_progress") return "In progress";
  if (item.custom || item.templateKey === null) return item.note.trim() ? "Added by you, with your note" : "Added by you";
  if (item.note.trim()) return "Has your note";
  return "Still fits the new path";
}

function ExistingItemRow({ item, detail }: { item: MergeItem; detail?: string }) {
  return (
    <li className="flex flex-col gap-0.5 px-4 py-3">
      <span className="font-medium">{item.title}</span>
      <span className={meta}>
        {PHASE_LABELS[item.phase]}
        {detail && <> · {detail}</>}
      </span>
    </li>
  );
}

/**
 * What confirming would do, group by group, straight from the merge the server will recompute and
 * apply: additions, restorations, what is set aside, and everything kept with the reason it stays.
 */
export function UpdatePreview({ merge, path, timeZone }: UpdatePreviewProps) {
  const finishedOrOwn = merge.keep.filter((item) => keptBecause(item, timeZone) !== "Still fits the new path");
  const stillFits = merge.keep.filter((item) => keptBecause(item, timeZone) === "Still fits the new path");
  return (
    <div className="flex flex-col gap-8">
      <Group
        id="will-add"
        title="Will be added"
        count={merge.add.length}
        intro={`New steps for ${PATH_INFO[path].label}, placed after what you already have in each phase.`}
      >
        <ul className={listClass}>
          {merge.add.map((item) => (
            <NewItem key={item.templateKey} item={item} />
          ))}
        </ul>
      </Group>

      <Group
        id="will-restore"
        title="Will come back"
        count={merge.restore.length}
        intro="Set aside by an earlier change, and useful again now."
      >
        <ul className={listClass}>
          {merge.restore.map((item) => (
            <ExistingItemRow key={item.id} item={item} />
          ))}
        </ul>
      </Group>

      <Group
        id="will-archive"
        title="Will be set aside"
        count={merge.archive.length}
        intro="Suggestions you haven't started that don't fit the new path. They are archived, not deleted, and you can restore any of them later."
      >
        <ul className={listClass}>
          {merge.archive.map((item) => (
            <ExistingItemRow key={item.id} item={item} />
          ))}
        </ul>
      </Group>

      <Group
        id="will-keep"
        title="Will stay as they are"
        count={merge.keep.length}
        intro="Finished work, work under way and your own items and notes are never touched; their dates stay too."
      >
        {finishedOrOwn.length > 0 && (
          <ul className={listClass}>
            {finishedOrOwn.map((item) => (
              <ExistingItemRow key={item.id} item={item} detail={keptBecause(item, timeZone)} />
            ))}
          </ul>
        )}
        {stillFits.length > 0 && (
          <details className="rounded-lg border border-slate-200 dark:border-slate-800">
            <summary className="cursor-pointer rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50 dark:text-brand-300 dark:hover:bg-slate-900">
              {stillFits.length} {stillFits.length === 1 ? "suggestion still fits" : "suggestions still fit"} the new path
            </summary>
            <ul className="flex flex-col divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
              {stillFits.map((item) => (
                <ExistingItemRow key={item.id} item={item} />
              ))}
            </ul>
          </details>
        )}
      </Group>
    </div>
  );
}
