import { z } from 'zod';
import { actionFilterSchema, compareText, type ActionFilter } from '../../../shared/actions';
import type { RegiaDatabase } from '../../db';

/** The key of the saved action filters in the settings table. */
export const savedFiltersKey = 'actions.savedFilters';

const savedFilterSchema = z.object({
  id: z.string().min(1),
  networkId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  filter: actionFilterSchema,
});

/** A filter of the action views the user saved under a name, for one network. */
export type SavedFilter = z.infer<typeof savedFilterSchema>;

/** Every saved filter; entries that no longer read as a filter are skipped, not fatal. */
export async function readSavedFilters(db: RegiaDatabase): Promise<SavedFilter[]> {
  const stored = await db.settings.get(savedFiltersKey);
  if (!Array.isArray(stored?.value)) return [];
  return stored.value.flatMap((entry: unknown) => {
    const parsed = savedFilterSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Saves a filter under a name; a filter of the same network with the same name is replaced. */
export function saveFilter(
  db: RegiaDatabase,
  networkId: string,
  name: string,
  filter: ActionFilter,
): Promise<SavedFilter> {
  return db.transaction('rw', db.settings, async () => {
    const saved: SavedFilter = { id: crypto.randomUUID(), networkId, name: name.trim(), filter };
    const others = (await readSavedFilters(db)).filter(
      (entry) => entry.networkId !== networkId || entry.name !== saved.name,
    );
    await db.settings.put({ key: savedFiltersKey, value: [...others, saved] });
    return saved;
  });
}

/** Deletes a saved filter. */
export function deleteSavedFilter(db: RegiaDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    const remaining = (await readSavedFilters(db)).filter((entry) => entry.id !== id);
    await db.settings.put({ key: savedFiltersKey, value: remaining });
  });
}

/** The saved filters of a network, by name. */
export async function readNetworkFilters(
  db: RegiaDatabase,
  networkId: string,
): Promise<SavedFilter[]> {
  return (await readSavedFilters(db))
    .filter((entry) => entry.networkId === networkId)
    .sort((first, second) => compareText(first.name, second.name));
}
