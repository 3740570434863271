const prefix = 'regia.draft.';

// The draft of a text being typed is kept synchronously in the window's storage, so a reload or a
// closed window between two saves loses nothing; it is removed once the database holds the text.

/** The draft kept for a key, or null. */
export function readDraft(key: string): string | null {
  try {
    return window.localStorage.getItem(prefix + key);
  } catch {
    return null;
  }
}

/** Keeps a draft for a key. */
export function writeDraft(key: string, text: string): void {
  try {
    window.localStorage.setItem(prefix + key, text);
  } catch {
    // Storage full or refused: the debounced save still runs.
  }
}

/** Forgets the draft of a key. */
export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(prefix + key);
  } catch {
    // Nothing to remove.
  }
}
