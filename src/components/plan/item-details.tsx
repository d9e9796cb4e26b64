"use client";

import { useEffect, useState } from "react";
import type { PlanItemView } from "@/shared/plan-view";
import { planItemDetailsAction, type PlanItemDetails } from "@/server/plan/item-details";
import { ResourceList } from "../resource/resource-list";
import { CustomItemEditor } from "./custom-item-editor";
import { ItemNoteEditor } from "./item-note-editor";
import type { PlanBoardApi } from "./use-plan-board";

interface ItemDetailsProps {
  item: PlanItemView;
  board: PlanBoardApi;
  onDeleted: () => void;
}

/**
 * A step's details behind a <details>: nothing of it is rendered (or hydrated) until it is opened, and a
 * template step's text and resources, left out of the dashboard's compact list, are fetched then.
 */
export function ItemDetails({ item, board, onDeleted }: ItemDetailsProps) {
  const [open, setOpen] = useState(false);
  const resourceCount = item.deferredResources ?? item.resources.length;
  return (
    <details className="group rounded-md" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="step-summary">
        {item.custom
          ? "Description, notes and editing"
          : resourceCount > 0
            ? "How to do it, resources and your notes"
            : "How to do it and your notes"}
        <span className="sr-only"> for “{item.title}”</span>
        {item.note && <span className="font-normal text-slate-600 dark:text-slate-400"> · has a note</span>}
      </summary>
      {open && <ItemDetailsPanel item={item} board={board} onDeleted={onDeleted} />}
    </details>
  );
}

function ItemDetailsPanel({ item, board, onDeleted }: ItemDetailsProps) {
  const deferred = item.deferredResources !== undefined && !item.custom;
  const [loaded, setLoaded] = useState<PlanItemDetails | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!deferred) return;
    let live = true;
    planItemDetailsAction({ itemId: item.id })
      .then((result) => {
        if (!live) return;
        if (result.ok) setLoaded(result.data);
        else setFailed(result.message);
      })
      .catch(() => live && setFailed("The details could not be loaded. Check your connection and open them again."));
    return () => {
      live = false;
    };
  }, [deferred, item.id]);

  const details: PlanItemDetails | null = deferred ? loaded : { detail: item.detail, resources: item.resources };
  return (
    <div className="mt-3 flex flex-col gap-4">
      {deferred && !details && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {failed ?? "Loading the details…"}
        </p>
      )}
      {details?.detail && !item.custom && <p className="text-slate-700 dark:text-slate-300">{details.detail}</p>}
      {item.custom && item.detail && <p className="text-slate-700 dark:text-slate-300">{item.detail}</p>}
      {details && details.resources.length > 0 && (
        <div className="flex flex-col gap-2">
          <h4 className="text-sm font-semibold">Resources</h4>
          <ResourceList resources={details.resources} label={`Resources for “${item.title}”`} />
        </div>
      )}
      <ItemNoteEditor itemId={item.id} title={item.title} note={item.note} onSave={(note) => board.saveNote(item.id, note)} />
      {item.custom && (
        <CustomItemEditor
          itemId={item.id}
          title={item.title}
          detail={item.detail}
          onSave={(title, detail) => board.editCustom(item.id, title, detail)}
          onDelete={() => {
            board.remove(item.id);
            onDeleted();
          }}
        />
      )}
    </div>
  );
}
