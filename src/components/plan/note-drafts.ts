// Unsaved plan-step notes, kept in this browser until they are saved (docs: readings, "Unsaved notes").
// Keyed by item id: an item belongs to one user, so the key is per user and item. Sign-out clears them all,
// so the next person on a shared browser never sees them.
const PREFIX = "pm-pathfinder:note-draft:";

const keyOf = (itemId: string) => `${PREFIX}${itemId}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Storage blocked (private mode, a policy): drafts simply aren't kept.
  }
}

export function readNoteDraft(itemId: string): string | null {
  return storage()?.getItem(keyOf(itemId)) ?? null;
}

/** Keeps `text` as the item's draft; a draft equal to the saved note is no draft. */
export function writeNoteDraft(itemId: string, text: string, saved: string): void {
  const store = storage();
  if (!store) return;
  try {
    if (text === saved) store.removeItem(keyOf(itemId));
    else store.setItem(keyOf(itemId), text);
  } catch {
    // Quota full: the beforeunload warning still guards the text.
  }
}

export function clearNoteDraft(itemId: string): void {
  storage()?.removeItem(keyOf(itemId));
}

/** Every note draft in this browser: on sign-out. */
export function clearNoteDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => !!key?.startsWith(PREFIX),
  );
  for (const key of keys) store.removeItem(key);
}
