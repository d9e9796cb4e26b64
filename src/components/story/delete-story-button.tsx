"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteStoryAction } from "@/server/story/actions";

export function DeleteStoryButton({ storyId, title }: { storyId: string; title: string }) {
  return (
    <ConfirmDelete
      trigger={
        <>
          Delete<span className="sr-only"> story {title}</span>…
        </>
      }
      confirm={
        <>
          Yes, delete<span className="sr-only"> {title}</span>
        </>
      }
      remove={() => deleteStoryAction({ storyId })}
    />
  );
}
