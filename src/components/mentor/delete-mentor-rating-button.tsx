"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteMentorRatingAction } from "@/server/sharing/mentor-actions";

export function DeleteMentorRatingButton({ ratingId, name }: { ratingId: string; name: string }) {
  return (
    <ConfirmDelete
      trigger={
        <>
          Delete<span className="sr-only"> the rating from {name}</span>…
        </>
      }
      confirm={
        <>
          Yes, delete<span className="sr-only"> the rating from {name}</span>
        </>
      }
      remove={() => deleteMentorRatingAction({ ratingId })}
    />
  );
}
