// What the plan actions (and the reminders on plan items) say when a request cannot be met. Another user's
// id reads exactly like a missing one.
export const ASSESSMENT_NOT_FOUND = "That assessment was not found.";
export const ITEM_NOT_FOUND = "That item was not found. It may have been removed.";
export const NO_ACTIVE_PLAN = "You don't have an active plan yet. Build one from your assessment first.";
